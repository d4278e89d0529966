import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeCard } from './card-placement.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 340, height: 200 };

test('the card sits just below the name', () => {
  assert.deepEqual(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, viewport), { left: 100, top: 126 });
});

test('the card flips above a name near the bottom of the viewport', () => {
  assert.deepEqual(placeCard({ left: 100, top: 700, width: 60, height: 20 }, card, viewport), { left: 100, top: 494 });
});

test('the card shifts left to stay inside the viewport', () => {
  assert.equal(placeCard({ left: 900, top: 100, width: 60, height: 20 }, card, viewport).left, 1000 - 8 - 340);
});

test('a card taller than the room on both sides stays inside the viewport', () => {
  const tall = { width: 340, height: 700 };
  const { top } = placeCard({ left: 10, top: 390, width: 60, height: 20 }, tall, viewport);
  assert.ok(top >= 8 && top + 700 <= 792, `top ${top}`);
});
