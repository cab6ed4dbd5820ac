export { countPendingDeadLetters } from "./count-pending";
export { discardDeadLetter } from "./discard-dead-letter";
export { getDeadLetter, type DeadLetterDetail } from "./get-dead-letter";
export { listDeadLetters } from "./list-dead-letters";
export { replayDeadLetter } from "./replay-dead-letter";
export { replayDeadLetters } from "./replay-dead-letters";
export { bulkReplaySchema, deadLetterListQuerySchema, replayEditSchema } from "./schemas";
