import "server-only";
import { webEnv } from "../env/web-env";
import { topicContracts, topicNames } from "../topics";
import { singleton } from "./singleton";

/** Topic names, for pages and views that show topics. */
export const topics = () => topicNames(webEnv());

/** The topic contracts the web app publishes with. */
export const webTopicContracts = () => singleton("topicContracts", () => topicContracts(webEnv()));
