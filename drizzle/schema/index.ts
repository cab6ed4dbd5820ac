export * from "./dead-letter-history";
export * from "./dead-letters";
export * from "./lag-samples";
export * from "./processed-events";
export * from "./worker-heartbeats";
