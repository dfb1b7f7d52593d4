import { halfWidth } from './numerals';

/**
 * A label reduced to what identifies it, so printed variants match one pattern:
 * spaces and line breaks inside labels go, （）→(), 1、 1． 1. all become "1.",
 * full-width digits become ASCII, Traditional forms of the few characters
 * the labels use become Simplified.
 */

const HANT: Record<string, string> = {
  開: '开',
  請: '请',
  數: '数',
  與: '与',
  結: '结',
  轉: '转',
  處: '处',
  維: '维',
  糾: '纠',
  審: '审',
  訴: '诉',
  訟: '讼',
  議: '议',
  復: '复',
  權: '权',
  規: '规',
  範: '范',
  擁: '拥',
  費: '费',
  總: '总',
  計: '计',
  機: '机',
  構: '构',
  關: '关',
  國: '国',
  務: '务',
  經: '经',
  徑: '径',
  現: '现',
  廢: '废',
  決: '决',
  認: '认',
  屬: '属',
  類: '类',
  險: '险',
  穩: '稳',
  護: '护',
  違: '违',
  個: '个',
  業: '业',
  織: '织',
  會: '会',
  學: '学',
  單: '单',
  繳: '缴',
  補: '补',
  確: '确',
  舉: '举',
  報: '报',
  項: '项',
  條: '条',
  號: '号',
  還: '还',
  統: '统',
  稱: '称',
  積: '积',
  歷: '历',
};

export function norm(label: string): string {
  let s = halfWidth(label)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^(\d{1,2})[、.．,，]/, '$1.')
    .replace(/[“”"「」]/g, '"')
    .replace(/\*+/g, ''); // Markdown emphasis
  s = [...s].map((c) => HANT[c] ?? c).join('');
  return s;
}
