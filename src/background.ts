// The first mark of the worker's timeline comes before any other module is evaluated.
import './background/timeline.ts';
import './background/index.ts';
