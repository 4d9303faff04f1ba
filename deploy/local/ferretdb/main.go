// Command ferretdb-local runs FerretDB v1 through its embeddable package.
// `go install …/cmd/ferretdb` panics at start because build/version/version.txt is not part of
// the published module (FerretDB issue #2982); the embeddable package has no such dependency.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", ".local/ferretdb", "directory for the SQLite backend")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		slog.Error("bad -log-level", "error", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if err := os.MkdirAll(*dataDir, 0o755); err != nil {
		logger.Error("cannot create data directory", "dir", *dataDir, "error", err)
		os.Exit(1)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dataDir + "/",
	})
	if err != nil {
		logger.Error("cannot configure FerretDB", "error", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	logger.Warn("FerretDB listening", "uri", f.MongoDBURI())
	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped", "error", err)
		os.Exit(1)
	}
}
