/**
 * Injection tokens of the forwarders, one ForwardCommandHandler per service behind the gateway,
 * so a controller names the service it forwards to.
 */
export const FORWARD_TO_INTAKE = Symbol('forward to intake');
export const FORWARD_TO_TRIAGE = Symbol('forward to triage');
