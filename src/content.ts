import './content/first-script.ts';
