/**
 * One html-validate worker for tests/site/html-validate.test.ts: validates the HTML files it
 * is given (workerData: { files, config }) and posts back one line per error,
 * "file:line:column rule: message".
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

/**
 * Resolves the configuration once. html-validate's loaders merge and resolve it again for
 * every document, rebuilding the element table each time: two thirds of the work on a small
 * page. Every page here shares one configuration, so the first result serves them all.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    this.#resolved ??= super.getConfigFor(handle, override);
    return this.#resolved;
  }
}

const { files, config } = workerData as { files: string[]; config: ConfigData };
const validator = new HtmlValidate(new ResolvedOnceLoader(config));
const errors: string[] = [];
for (const file of files) {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  for (const result of report.results) {
    for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
}
parentPort?.postMessage(errors);
