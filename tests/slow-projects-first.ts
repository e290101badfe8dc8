import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

/**
 * The projects whose files take longest start first. Vitest's own order runs the projects by
 * name, so the two WebKit files (25 and 41 s in CI) came last, after the unit tests, and one
 * worker waited for the other at the end of every run. With the slow files first, the quick
 * server and unit files fill the end instead. Inside a project Vitest's order stays: by the
 * duration of the last run where it has one (a developer's cache), else by file size.
 */
const SLOWEST_FIRST = ['webkit', 'browser', 'server-pg', 'server', 'build', 'unit'];

function rank(spec: TestSpecification): number {
  const index = SLOWEST_FIRST.indexOf(spec.project.name);
  return index === -1 ? SLOWEST_FIRST.length : index;
}

export class SlowProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: the base order holds within a project.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
