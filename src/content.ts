import './content/index.ts';
