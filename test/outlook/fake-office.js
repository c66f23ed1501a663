// A fake Outlook compose host: the Office.js surface Klarheit uses, over an in-memory draft.
// One fake for every Outlook test: unit tests load it with vm.runInThisContext, the browser test
// serves it in place of the office.js CDN script (with window.__fakeOfficeState set first).
// A classic script (no modules): it must run as a plain <script> in the page.
((root) => {
  function versionAtLeast(have, want) {
    const a = String(have).split('.').map(Number);
    const b = String(want).split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] || 0;
      const y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return true;
  }

  /**
   * state: { subject, body, bodyType ('html'|'text'), to: [{displayName, emailAddress}], composeType,
   *   displayLanguage, mailboxVersion, roaming: {}, userProfile, cursor (offset for setSelectedDataAsync),
   *   fail: { 'body.getAsync': 'message', ... }, throws: { 'body.getAsync': 'message' }, host ('Outlook'|null) }
   * Calls are logged in state.calls; handlers live in state.handlers.
   */
  function createFakeOffice(state) {
    state.calls = state.calls || [];
    state.handlers = state.handlers || { mailbox: {}, item: {} };
    state.roaming = state.roaming || {};
    state.associated = state.associated || {};
    if (state.mailboxVersion === undefined) state.mailboxVersion = '1.15';
    if (state.host === undefined) state.host = 'Outlook';

    function later(fn) {
      setTimeout(fn, state.latencyMs || 0);
    }

    // Every async API: logs the call, fails or throws when the test says so, else answers.
    function asyncCall(name, callback, answer) {
      state.calls.push(name);
      if (state.throws?.[name]) throw new Error(state.throws[name]);
      const failure = state.fail?.[name];
      later(() => {
        if (typeof callback !== 'function') return;
        if (failure) {
          callback({ status: 'failed', error: { code: 9000, name: 'Fake', message: failure } });
        } else {
          callback({ status: 'succeeded', value: answer ? answer() : undefined });
        }
      });
    }

    function lastFunction(args) {
      for (let i = args.length - 1; i >= 0; i--) if (typeof args[i] === 'function') return args[i];
      return undefined;
    }

    function defaultCursor() {
      const match = /<body[^>]*>/i.exec(state.body);
      return match ? match.index + match[0].length : 0;
    }

    const item = {
      itemType: 'message',
      subject: {
        getAsync: (...args) => {
          asyncCall('subject.getAsync', lastFunction(args), () => state.subject);
        },
      },
      to: {
        getAsync: (...args) => {
          asyncCall('to.getAsync', lastFunction(args), () => (state.to || []).slice());
        },
      },
      body: {
        getTypeAsync: (...args) => {
          asyncCall('body.getTypeAsync', lastFunction(args), () => state.bodyType);
        },
        getAsync: (coercionType, ...args) => {
          state.lastGetOptions = typeof args[0] === 'object' ? args[0] : {};
          asyncCall('body.getAsync', lastFunction(args), () => {
            if (coercionType === 'text' && state.bodyType === 'html') {
              return state.body.replace(/<[^>]+>/g, '');
            }
            return state.body;
          });
        },
        setAsync: (data, ...args) => {
          state.lastSetOptions = args[0];
          asyncCall('body.setAsync', lastFunction(args), () => {
            state.body = data;
          });
        },
        setSelectedDataAsync: (data, ...args) => {
          state.lastSetOptions = args[0];
          asyncCall('body.setSelectedDataAsync', lastFunction(args), () => {
            const at = state.cursor === undefined ? defaultCursor() : state.cursor;
            state.body = state.body.slice(0, at) + data + state.body.slice(at);
          });
        },
      },
      getComposeTypeAsync: (...args) => {
        asyncCall('getComposeTypeAsync', lastFunction(args), () => ({
          composeType: state.composeType || 'newMail',
          coercionType: state.bodyType,
        }));
      },
      addHandlerAsync: (type, handler, ...args) => {
        state.handlers.item[type] = handler;
        asyncCall('item.addHandlerAsync', lastFunction(args));
      },
      removeHandlerAsync: (type, ...args) => {
        delete state.handlers.item[type];
        asyncCall('item.removeHandlerAsync', lastFunction(args));
      },
    };

    // getComposeTypeAsync arrived with Mailbox 1.10.
    if (!versionAtLeast(state.mailboxVersion, '1.10')) delete item.getComposeTypeAsync;

    const roamingSettings = {
      get: (name) => state.roaming[name],
      set: (name, value) => {
        state.roaming[name] = JSON.parse(JSON.stringify(value));
      },
      remove: (name) => {
        delete state.roaming[name];
      },
      saveAsync: (callback) => {
        asyncCall('roamingSettings.saveAsync', callback);
      },
    };

    const mailbox = {
      item: state.noItem ? null : item,
      userProfile: state.userProfile || { displayName: 'Lena Vogt', emailAddress: 'lena.vogt@example.com' },
      addHandlerAsync: (type, handler, ...args) => {
        state.handlers.mailbox[type] = handler;
        asyncCall('mailbox.addHandlerAsync', lastFunction(args));
      },
      removeHandlerAsync: (type, ...args) => {
        delete state.handlers.mailbox[type];
        asyncCall('mailbox.removeHandlerAsync', lastFunction(args));
      },
    };

    const Office = {
      HostType: { Outlook: 'Outlook', Word: 'Word', Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
      CoercionType: { Html: 'html', Text: 'text' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
      MailboxEnums: {
        BodyMode: { FullBody: 0, HostConfig: 1 },
        SendModeOverride: { PromptUser: 'promptUser' },
      },
      context: {
        displayLanguage: state.displayLanguage || 'en-US',
        requirements: {
          isSetSupported: (name, version) =>
            String(name).toLowerCase() === 'mailbox' &&
            versionAtLeast(state.mailboxVersion, version || '1.1'),
        },
        roamingSettings: roamingSettings,
        mailbox: mailbox,
      },
      actions: {
        associate: (name, handler) => {
          state.associated[name] = handler;
        },
      },
      onReady: (callback) => {
        const info = { host: state.host, platform: state.host ? 'OfficeOnline' : null };
        return new Promise((resolve) => {
          later(() => {
            if (typeof callback === 'function') callback(info);
            resolve(info);
          });
        });
      },
    };

    // Test helpers (not Office API): fire an event the way Outlook would.
    Office.__state = state;
    Office.__fire = (scope, type, args) => {
      const handler = state.handlers[scope][type];
      if (handler) handler(args || { type: type });
    };
    return Office;
  }

  root.createFakeOffice = createFakeOffice;
  if (root.__fakeOfficeState) root.Office = createFakeOffice(root.__fakeOfficeState);
})(typeof window !== 'undefined' ? window : globalThis);
