import { RequestBuilder } from './RequestBuilder.tsx';

/** The request column: the builder and Send. Results span the page below (see App). */
export function RequestPanel() {
  return <RequestBuilder />;
}
