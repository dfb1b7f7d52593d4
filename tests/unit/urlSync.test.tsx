// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctView, startUrlSync } from '../../src/app/urlSync';
import { EMPTY_VIEW } from '../../src/data/url';
import { setPageTitle } from '../../src/state/pageTitle';
import { resetStore, useStore } from '../../src/state/store';

// The address bar follows a view a frame after the click that made it (its paint comes first).
const written = () => new Promise((r) => setTimeout(r, 300));
let stop: () => void = () => undefined;

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/?lang=en');
  document.title = 'Overview';
  stop = startUrlSync();
});
afterEach(() => stop());

describe('the address bar follows the view', () => {
  it('a filter, then an area: two history entries, each with its own link', async () => {
    const start = window.history.length;
    useStore.getState().toggleFilter('channel', 'weibo');
    await written();
    expect(window.location.search).toBe('?lang=en&channel=weibo');
    useStore.getState().openArea('new-media');
    await written();
    expect(window.location.search).toBe('?lang=en&area=new-media&channel=weibo');
    expect(window.history.length).toBe(start + 2);
  });

  it('a title set before the entry is written names the new entry, not the one before', async () => {
    const titles: string[] = [];
    const push = window.history.pushState.bind(window.history);
    const spy = vi.spyOn(window.history, 'pushState').mockImplementation((...args) => {
      titles.push(document.title); // the title the entry before keeps
      push(...args);
    });
    useStore.getState().openArea('hotline');
    setPageTitle('Hotline');
    await written();
    spy.mockRestore();
    expect(titles).toEqual(['Overview']);
    expect(document.title).toBe('Hotline');
  });

  it('a correction after a click replaces the click’s entry, and Back still reaches the view before it', async () => {
    const start = window.history.length;
    useStore.getState().openArea('nowhere');
    correctView({ ...useStore.getState().view, area: null, channel: ['weibo'] });
    await written();
    expect(window.location.search).toBe('?lang=en&channel=weibo');
    expect(window.history.length).toBe(start + 1);
    window.history.back();
    await vi.waitFor(() => expect(window.location.search).toBe('?lang=en'));
    await vi.waitFor(() => expect(useStore.getState().view).toEqual({ ...EMPTY_VIEW, lang: 'en' }));
  });
});
