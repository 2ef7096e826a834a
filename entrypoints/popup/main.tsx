import { render } from 'preact';

render(<p>Reelcard</p>, document.getElementById('app')!);
