import './background/index.ts';
