import { render } from 'preact';

render(<p>Urne</p>, document.getElementById('app') as HTMLElement);
