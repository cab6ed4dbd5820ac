import "server-only";
import { webEnv } from "../env/web-env";
import { topicNames } from "../kafka/topics";

export const topics = () => topicNames(webEnv());
