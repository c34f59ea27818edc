import { RequestBuilder } from './RequestBuilder.tsx';

/** The request column: the builder and Send. The routes place its result beside it (see PlaygroundRoute). */
export function RequestPanel() {
  return <RequestBuilder />;
}
