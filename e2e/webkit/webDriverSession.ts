/**
 * A W3C WebDriver session over plain HTTP: the dozen endpoints a smoke run needs, with no client
 * library. WebKitWebDriver speaks only this protocol (no BiDi), so Playwright cannot drive it.
 */

/** The W3C name of the element reference in a WebDriver answer. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

interface WebDriverAnswer {
  value: unknown;
}

export class WebDriverError extends Error {}

/** How `find` reads its selector. */
export type WebDriverLocator = 'css selector' | 'link text' | 'partial link text' | 'xpath';

/** In-page conditions (over `args[0]`, the selector) that an element the locator finds is there. */
const locatorPresent: Record<WebDriverLocator, string> = {
  'css selector': 'document.querySelector(args[0])',
  'link text': "[...document.querySelectorAll('a')].some((a) => a.textContent.trim() === args[0])",
  'partial link text': "[...document.querySelectorAll('a')].some((a) => a.textContent.includes(args[0]))",
  xpath:
    'document.evaluate(args[0], document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue',
};

export class WebDriverSession {
  private constructor(
    private readonly driver: string,
    readonly id: string,
  ) {}

  /** Opens a session on the driver at `driver` (e.g. `http://127.0.0.1:4444`) with `capabilities`. */
  static async start(driver: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const answer = await webDriverCall(driver, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    const { sessionId } = answer as { sessionId: string };
    return new WebDriverSession(driver, sessionId);
  }

  private call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return webDriverCall(this.driver, method, `/session/${this.id}${path}`, body);
  }

  /** How long an in-page wait may take before the driver gives up on it. */
  async scriptTimeout(ms: number): Promise<void> {
    await this.call('POST', '/timeouts', { script: ms });
  }

  async windowSize(width: number, height: number): Promise<void> {
    await this.call('POST', '/window/rect', { width, height });
  }

  /** Switches into the page's frame number `index`, or back to the top-level page with null. */
  async frame(index: number | null): Promise<void> {
    await this.call('POST', '/frame', { id: index });
  }

  /** Loads `url` and resolves once the document has loaded (the driver's `normal` page-load strategy). */
  async navigate(url: string): Promise<void> {
    await this.call('POST', '/url', { url });
  }

  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return (await this.call('POST', '/execute/sync', { script, args })) as T;
  }

  /**
   * Resolves once `condition` (a JavaScript expression over `args`) is true in the page: checked now and
   * after every DOM change, so nothing polls and nothing sleeps. Rejects after the script timeout.
   */
  async waitFor(condition: string, args: unknown[] = []): Promise<void> {
    const script = `
      const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      const holds = () => { try { return Boolean((${condition})); } catch { return false; } };
      if (holds()) return done(true);
      const observer = new MutationObserver(() => { if (holds()) { observer.disconnect(); done(true); } });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`;
    try {
      await this.call('POST', '/execute/async', { script, args });
    } catch (error) {
      throw new WebDriverError(
        `Waited in vain for ${condition.trim()} ${JSON.stringify(args)}: ${String(error)}`,
      );
    }
  }

  /** The first element `selector` finds (CSS by default; `link text` or `xpath` to find by words). */
  async find(selector: string, using: WebDriverLocator = 'css selector'): Promise<string> {
    const answer = (await this.call('POST', '/element', { using, value: selector })) as Record<
      string,
      string
    >;
    const reference = answer[elementKey];
    if (!reference) throw new WebDriverError(`No element for ${using} ${selector}`);
    return reference;
  }

  /**
   * Clicks the element `selector` finds as a user would, once the page shows it: the app renders much
   * of itself after the load event.
   */
  async click(selector: string, using: WebDriverLocator = 'css selector'): Promise<void> {
    await this.waitFor(locatorPresent[using], [selector]);
    const element = await this.find(selector, using);
    // The driver scrolls only until the element is in view: at the edge, the app's sticky header may
    // cover the point it clicks. In the middle of the viewport nothing does.
    await this.execute("arguments[0].scrollIntoView({ block: 'center' })", [{ [elementKey]: element }]);
    await this.call('POST', `/element/${element}/click`, {});
  }

  /** The rendered text of the element `selector` finds. */
  async text(selector: string, using: WebDriverLocator = 'css selector'): Promise<string> {
    return (await this.call('GET', `/element/${await this.find(selector, using)}/text`)) as string;
  }

  /** A property of the element `selector` finds, e.g. a link's absolute `href`. */
  async property(selector: string, name: string, using: WebDriverLocator = 'css selector'): Promise<unknown> {
    return this.call('GET', `/element/${await this.find(selector, using)}/property/${name}`);
  }

  async close(): Promise<void> {
    await this.call('DELETE', '');
  }
}

async function webDriverCall(driver: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${driver}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as WebDriverAnswer;
  if (!response.ok) {
    const { error, message } = answer.value as { error?: string; message?: string };
    throw new WebDriverError(`${method} ${path}: ${error ?? response.status} ${message ?? ''}`.trim());
  }
  return answer.value;
}
