import './welcome/index.tsx';
