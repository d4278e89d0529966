import './options/index.tsx';
