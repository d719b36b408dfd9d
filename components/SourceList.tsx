import { Fragment } from 'preact';
import type { Source } from '../lib/dataset/schema';
import { SourceLink } from './SourceLink';

interface Props {
  /** The sources to cite, in order. */
  sources: readonly Source[];
}

/** Citations separated by semicolons, as the cards show them after a fact or an incident. */
export function SourceList({ sources }: Props) {
  return (
    <span class="sources">
      {sources.map((source, i) => (
        <Fragment key={source.url ?? source.seed ?? i}>
          {i > 0 && '; '}
          <SourceLink source={source} />
        </Fragment>
      ))}
    </span>
  );
}
