// webpack.config.js loads .css files as text (asset/source); the page injects them into a <style>.
declare module '*.css' {
  const css: string;
  export default css;
}
