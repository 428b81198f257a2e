import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  classUrl,
  codeDataUrl,
  codeUrl,
  commandUrl,
  commandGroupUrl,
  commandsIndexUrl,
  compareHubUrl,
  compareUrl,
  compareUrlAsGiven,
  dataFileUrl,
  dataIndexUrl,
  groupUrl,
  homeUrl,
  notFoundFile,
  notFoundUrl,
  scenarioGroupUrl,
  scenarioRowUrl,
  scenarioRunUrl,
  searchUrl,
  sectionUrl,
  shortCodeUrl,
} from '../../src/lib/urls.ts';

describe('urls', () => {
  it('gives every page one shape, with a trailing slash', () => {
    assert.equal(codeUrl('425'), '/codes/425/');
    assert.equal(classUrl('4'), '/classes/4xx/');
    assert.equal(groupUrl('2'), '/groups/x2x/');
    assert.equal(shortCodeUrl('425'), '/425');
    assert.equal(commandUrl('RETR'), '/commands/RETR/');
    assert.equal(commandsIndexUrl(), '/commands/');
    assert.equal(dataIndexUrl(), '/data/');
    assert.equal(homeUrl(), '/');
    assert.equal(notFoundUrl(), '/404/');
    assert.equal(notFoundFile(), '/404.html');
  });

  it('links a section of a page by its id', () => {
    assert.equal(sectionUrl(codeUrl('425'), 'what-to-do'), '/codes/425/#what-to-do');
    assert.equal(commandGroupUrl('transfer'), '/commands/#transfer');
    assert.equal(scenarioGroupUrl('login'), '/servers/#group-login');
    assert.equal(scenarioRowUrl('retr-missing'), '/servers/#retr-missing');
    assert.equal(scenarioRunUrl('retr-missing', 'vsftpd'), '/servers/scenarios/retr-missing/#vsftpd');
  });

  it('names data files without a trailing slash', () => {
    assert.equal(dataFileUrl('codes.json'), '/data/codes.json');
    assert.equal(codeDataUrl('425'), '/data/codes/425.json');
  });

  it('puts the lower code first in a comparison, whatever the order given', () => {
    assert.equal(compareUrl('426', '425'), '/compare/425-vs-426/');
    assert.equal(compareUrl('425', '426'), '/compare/425-vs-426/');
    assert.equal(compareUrl('10054', '426'), '/compare/426-vs-10054/');
    assert.equal(compareHubUrl('425'), '/compare/425/');
  });

  it('keeps the order given where a redirect is meant', () => {
    assert.equal(compareUrlAsGiven('426', '425'), '/compare/426-vs-425/');
    assert.equal(compareUrlAsGiven('425', '425'), '/compare/425-vs-425/');
  });

  it('encodes a search query', () => {
    assert.equal(searchUrl('550 <b>'), '/search/?q=550%20%3Cb%3E');
    assert.equal(searchUrl(), '/search/');
  });
});
