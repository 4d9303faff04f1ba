import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierModel } from './model';
import { decodeModel } from './model-file';

/** The shipped model: trained on the 2020 泰迪杯 problem C public messages (see models/README.md). */
export const DEFAULT_MODEL_PATH = join(__dirname, '../../models/tipdm2020c.model.gz');

export function readModelFile(path: string): ClassifierModel {
  return decodeModel(readFileSync(path));
}

export function readDefaultModel(): ClassifierModel {
  return readModelFile(DEFAULT_MODEL_PATH);
}
