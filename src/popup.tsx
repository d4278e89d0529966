import './popup/index.tsx';
