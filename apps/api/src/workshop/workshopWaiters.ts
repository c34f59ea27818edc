/** Everyone waiting for one write of the state: settled together when it lands or fails. */
export interface WorkshopWaiters {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

export function workshopWaiters(): WorkshopWaiters {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // A waiter may be dropped (a join whose client went away): its rejection must not crash the process.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
