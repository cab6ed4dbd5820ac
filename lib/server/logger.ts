import "server-only";
import { createLogger } from "../log";
import { singleton } from "./singleton";

export const webLogger = () => singleton("logger", () => createLogger("web"));
