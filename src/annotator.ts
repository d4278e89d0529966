import './content/page-annotator.ts';
