// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and its MiniBrowser),
// the nearest engine to an iPhone's Safari and WeChat-on-iOS available on
// Linux, driven over classic W3C WebDriver (HTTP + JSON) on a virtual display
// (Xvfb) that the test starts. No npm package: the few commands the tests
// need are plain fetch calls.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export const webkitDriverPath = process.env.HHC_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.HHC_WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * MiniBrowser's WebKitSettings, given as its command-line options: WebRTC and
 * media capture on, mock camera and microphone, media may play without a tap.
 */
export const miniBrowserArgs = [
  '--automation',
  '--enable-media-stream=true',
  '--enable-mock-capture-devices=true',
  '--enable-webrtc=true',
  '--enable-media=true',
  '--media-playback-requires-user-gesture=false',
  '--autoplay-policy=allow',
];

const START_TIMEOUT_MS = 15_000;

export function webkitMissing(): string | undefined {
  for (const [file, pkg] of [
    [webkitDriverPath, 'webkit2gtk-driver'],
    [miniBrowserPath, 'libwebkit2gtk-4.1-0'],
    ['/usr/bin/Xvfb', 'xvfb'],
  ] as const) {
    if (!fs.existsSync(file))
      return `${file} is missing (Debian package ${pkg}; \`npm run setup\` installs it)`;
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A virtual X display on the first free number (Xvfb picks it and reports it on a pipe). */
async function startXvfb(): Promise<{ display: string; stop(): Promise<void> }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1366x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display')), START_TIMEOUT_MS);
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display, stop: () => stopChild(child) };
}

export class WebDriverError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`${command}: ${error}: ${message}`);
  }
}

/** One WebKitWebDriver session (one MiniBrowser window). */
export class WebKitSession {
  private constructor(
    private readonly base: string,
    private readonly stopAll: () => Promise<void>,
  ) {}

  static async start(): Promise<WebKitSession> {
    const xvfb = await startXvfb();
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: 'ignore',
    });
    const stopProcesses = async () => {
      await stopChild(driver);
      await xvfb.stop();
    };
    const root = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + START_TIMEOUT_MS;
      for (;;) {
        const ready = await fetch(`${root}/status`)
          .then((response) => response.ok)
          .catch(() => false);
        if (ready) break;
        if (Date.now() > deadline || driver.exitCode !== null)
          throw new Error('WebKitWebDriver did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const created = (await send(root, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: miniBrowserPath, args: miniBrowserArgs },
          },
        },
      })) as { sessionId: string; capabilities: Record<string, unknown> };
      const base = `${root}/session/${created.sessionId}`;
      return new WebKitSession(base, async () => {
        await send(base, 'DELETE', '').catch(() => undefined);
        await stopProcesses();
      });
    } catch (error) {
      await stopProcesses();
      throw error;
    }
  }

  async goto(url: string): Promise<void> {
    await send(this.base, 'POST', '/url', { url });
  }

  /** Runs an async function body in the page; `args` arrive as `arguments[0]`. */
  async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
    return (await send(this.base, 'POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        (async () => { ${body} })().then(done, (error) => done({ __error: String(error && (error.name + ': ' + error.message)) }));`,
      args,
    })) as T;
  }

  /** Clicks the element with this data-testid (a real WebDriver click: pointer events, focus). */
  async click(testId: string): Promise<void> {
    await this.waitFor(`document.querySelector('[data-testid="${testId}"]:not([disabled])')`);
    const found = (await send(this.base, 'POST', '/element', {
      using: 'css selector',
      value: `[data-testid="${testId}"]`,
    })) as Record<string, string>;
    const id = Object.values(found)[0]!;
    await send(this.base, 'POST', `/element/${id}/click`, {});
  }

  /** Polls until `expression` (evaluated in the page) is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(`return ${expression};`).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The trimmed text of the element with this data-testid, once it is there. */
  textOf(testId: string): Promise<string> {
    return this.waitFor<string>(`document.querySelector('[data-testid="${testId}"]')?.textContent?.trim()`);
  }

  async screenshot(file: string): Promise<void> {
    const png = (await send(this.base, 'GET', '/screenshot')) as string;
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
  }

  async setWindowSize(width: number, height: number): Promise<void> {
    await send(this.base, 'POST', '/window/rect', { width, height });
  }

  close(): Promise<void> {
    return this.stopAll();
  }
}

async function send(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const value = json.value as { error?: string; message?: string };
    throw new WebDriverError(
      `${method} ${path}`,
      value.error ?? String(response.status),
      value.message ?? '',
    );
  }
  return json.value;
}
