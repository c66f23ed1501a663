// The extension's code runs where the `chrome` namespace exists; tsconfig lists only node and office-js
// types globally, so the Gmail extension brings in the Chrome extension API types here.
/// <reference types="chrome" />
