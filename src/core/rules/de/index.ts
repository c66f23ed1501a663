// All German rules, one file per signal family.
import { abort } from './abort';
import { agreement } from './agreement';
import { chaser } from './chaser';
import { context } from './context';
import { pressure } from './pressure';
import { time } from './time';
import { value } from './value';

export const germanRules = [...chaser, ...pressure, ...agreement, ...value, ...abort, ...context, ...time];
