import './content/card/card-ui.ts';
