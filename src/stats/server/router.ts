// A tiny router: exact paths, or a prefix when the path ends in "/*". Enough for a handful of routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from './app-context';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  app: AppContext;
}

export type Handler = (ctx: RequestContext) => Promise<void> | void;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Route {
  method: Method;
  path: string;
  prefix: boolean;
  handler: Handler;
}

export type RouteMatch = { handler: Handler } | { allowed: Method[] } | null;

export class Router {
  private readonly routes: Route[] = [];

  add(method: Method, path: string, handler: Handler): this {
    const prefix = path.endsWith('/*');
    this.routes.push({ method, path: prefix ? path.slice(0, -1) : path, prefix, handler });
    return this;
  }

  get(path: string, handler: Handler): this {
    return this.add('GET', path, handler);
  }

  post(path: string, handler: Handler): this {
    return this.add('POST', path, handler);
  }

  delete(path: string, handler: Handler): this {
    return this.add('DELETE', path, handler);
  }

  /** The handler for a request; `allowed` when the path exists but not for this method (405). */
  match(method: string, pathname: string): RouteMatch {
    const onPath = this.routes.filter((r) => (r.prefix ? pathname.startsWith(r.path) : pathname === r.path));
    const wanted = method === 'HEAD' ? 'GET' : method;
    const route = onPath.find((r) => r.method === wanted);
    if (route) return { handler: route.handler };
    return onPath.length > 0 ? { allowed: onPath.map((r) => r.method) } : null;
  }
}
