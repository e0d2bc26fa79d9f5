/**
 * /votes in Plenary's other answer languages: names and descriptions of the command, its ask, country, quote and
 * help subcommands and their options, as catalogs for locales.ts. Discord shows each user the localisation of
 * their client's language and still sends the English names, so handlers are unchanged. Arabic has no Discord
 * locale; subcommands not listed here (map, digest, the context menu) keep their English, as Discord falls back.
 */
import type { LocaleString } from 'discord.js';
import type { Catalog, LocalizedText } from './locales.ts';

type Text = Partial<Record<'fr' | 'es' | 'de' | 'ru' | 'uk' | 'zh', string>>;
interface Entry {
  name?: Text;
  description: Text;
}

/** Keyed by the option's path below /votes: "" for /votes itself, "ask", "ask.question". */
const TABLE: Record<string, Entry> = {
  '': {
    description: {
      fr: 'Réponses sourcées sur les votes de l’ONU sur l’Ukraine du 24 février 2025',
      es: 'Respuestas con fuentes sobre las votaciones de la ONU sobre Ucrania del 24 de febrero de 2025',
      de: 'Belegte Antworten zu den UN-Abstimmungen über die Ukraine vom 24. Februar 2025',
      ru: 'Ответы с источниками о голосованиях в ООН по Украине 24 февраля 2025 года',
      uk: 'Відповіді з джерелами про голосування в ООН щодо України 24 лютого 2025 року',
      zh: '关于2025年2月24日联合国乌克兰问题表决的有出处的回答',
    },
  },
  ask: {
    name: { fr: 'demander', es: 'preguntar', de: 'fragen', ru: 'спросить', uk: 'запитати', zh: '提问' },
    description: {
      fr: 'Posez une question sur les votes du 24 février 2025, dans votre langue',
      es: 'Pregunte lo que quiera sobre las votaciones del 24 de febrero de 2025, en su idioma',
      de: 'Fragen Sie in Ihrer Sprache nach den Abstimmungen vom 24. Februar 2025',
      ru: 'Задайте вопрос о голосованиях 24 февраля 2025 года на своём языке',
      uk: 'Поставте запитання про голосування 24 лютого 2025 року своєю мовою',
      zh: '用您的语言提问有关2025年2月24日表决的问题',
    },
  },
  'ask.question': {
    name: { fr: 'question', es: 'pregunta', de: 'frage', ru: 'вопрос', uk: 'запитання', zh: '问题' },
    description: {
      fr: 'Par exemple : comment le Brésil a-t-il voté sur ES-11/8 ?',
      es: 'Por ejemplo: ¿cómo votó Brasil en ES-11/8?',
      de: 'Zum Beispiel: Wie hat Brasilien über ES-11/8 abgestimmt?',
      ru: 'Например: как голосовала Бразилия по ES-11/8?',
      uk: 'Наприклад: як голосувала Бразилія щодо ES-11/8?',
      zh: '例如：巴西对ES-11/8投了什么票？',
    },
  },
  country: {
    name: { fr: 'pays', es: 'país', de: 'land', ru: 'страна', uk: 'країна', zh: '国家' },
    description: {
      fr: 'Le vote d’un État membre sur chaque résolution et amendement',
      es: 'El voto de un Estado miembro en cada resolución y enmienda',
      de: 'Wie ein Mitgliedstaat über jede Resolution und Änderung abgestimmt hat',
      ru: 'Как государство-член голосовало по каждой резолюции и поправке',
      uk: 'Як держава-член голосувала щодо кожної резолюції та поправки',
      zh: '某一会员国对每项决议和修正案的投票',
    },
  },
  'country.name': {
    name: { fr: 'nom', es: 'nombre', de: 'name', ru: 'название', uk: 'назва', zh: '名称' },
    description: {
      fr: 'Un État membre de l’ONU',
      es: 'Un Estado miembro de la ONU',
      de: 'Ein UN-Mitgliedstaat',
      ru: 'Государство — член ООН',
      uk: 'Держава — член ООН',
      zh: '联合国会员国',
    },
  },
  quote: {
    name: { fr: 'citation', es: 'cita', de: 'zitat', ru: 'цитата', uk: 'цитата', zh: '引语' },
    description: {
      fr: 'Ce qu’a dit un orateur, mot pour mot et sourcé',
      es: 'Lo que dijo un orador, textual y con fuentes',
      de: 'Was ein Redner gesagt hat, wörtlich und belegt',
      ru: 'Что сказал выступавший, дословно и с источником',
      uk: 'Що сказав промовець, дослівно і з джерелом',
      zh: '发言者的原话及出处',
    },
  },
  help: {
    name: { fr: 'aide', es: 'ayuda', de: 'hilfe', ru: 'помощь', uk: 'допомога', zh: '帮助' },
    description: {
      fr: 'Ce que sait Plenary et des exemples de questions (visible par vous seul)',
      es: 'Lo que sabe Plenary y ejemplos de preguntas (solo usted lo ve)',
      de: 'Was Plenary weiß, und Beispielfragen (nur für Sie sichtbar)',
      ru: 'Что знает Plenary и примеры вопросов (видно только вам)',
      uk: 'Що знає Plenary і приклади запитань (бачите лише ви)',
      zh: 'Plenary 掌握的内容和示例问题（仅您可见）',
    },
  },
};

/** Our languages as Discord's locales (Spanish and Chinese have two each). */
const LOCALES: Record<keyof Text, LocaleString[]> = {
  fr: ['fr'],
  es: ['es-ES', 'es-419'],
  de: ['de'],
  ru: ['ru'],
  uk: ['uk'],
  zh: ['zh-CN', 'zh-TW'],
};

export const TRANSLATED_LOCALES: readonly LocaleString[] = Object.values(LOCALES).flat();

/** One catalog per locale, keyed as locales.ts keys them ("votes", "votes.ask", "votes.ask.question"). */
export const TRANSLATED_CATALOGS: Partial<Record<LocaleString, Catalog>> = Object.fromEntries(
  (Object.entries(LOCALES) as [keyof Text, LocaleString[]][]).flatMap(([lang, locales]) => {
    const catalog: Record<string, LocalizedText> = {};
    for (const [path, entry] of Object.entries(TABLE)) {
      const text: LocalizedText = {};
      const name = entry.name?.[lang];
      const description = entry.description[lang];
      if (name) text.name = name;
      if (description) text.description = description;
      catalog[path === '' ? 'votes' : `votes.${path}`] = text;
    }
    return locales.map((l) => [l, catalog]);
  }),
);
