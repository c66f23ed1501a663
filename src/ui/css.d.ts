// webpack loads .css as its source text (asset/source), so a stylesheet can go into a shadow root.
declare module '*.css' {
  const source: string;
  export default source;
}
