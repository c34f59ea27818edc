/** The app's URLs live with the protocol: the server answers 404 for any path not among them. */
export { appPaths } from '@cors-playground/protocol';
