import { delayStep } from "./delay";
import { emitStep } from "./emit";
import { httpStep } from "./http";
import type { StepDefinition } from "./step-definition";
import { storeStep } from "./store";
import { transformStep } from "./transform";
import { validateStep } from "./validate";

/** The step registry. A new step type is one file that calls defineStep, listed here. */
const definitions = [validateStep, transformStep, storeStep, delayStep, httpStep, emitStep] as StepDefinition[];

export const stepRegistry: ReadonlyMap<string, StepDefinition> = new Map(definitions.map((step) => [step.type, step]));

export const stepTypes = definitions.map((step) => step.type);
