import type { Catalogue } from './en.ts';

export const fr: Catalogue = {
  'position.yes': 'Pour',
  'position.no': 'Contre',
  'position.abstain': 'Abstention',
  'position.absent': 'Non-participation au vote',
  'vote.ga_es11_7':
    '{symbol}, la résolution présentée par l’Ukraine et des pays européens à l’Assemblée générale',
  'vote.ga_es11_8':
    '{symbol}, la résolution des États-Unis « {title} », telle que modifiée, à l’Assemblée générale',
  'vote.sc_2774': '{symbol}, la résolution des États-Unis au Conseil de sécurité',
  'vote.sc_procedural_postpone': 'la motion de report du vote du Conseil de sécurité',
  'outcome.adopted': 'adoptée, {tally}',
  'outcome.rejected': 'rejetée, {tally}',
  'country.one': '{country} : {position} — {vote}.',
  'country.all': '{country} : votes à l’ONU le {date} :',
  'country.line': '{position} : {vote} ({outcome})',
  'country.noSeat': 'Pas de vote : {vote} (non membre du Conseil de sécurité en {year})',
  'list.summary.yes': 'Membres qui ont voté pour :',
  'list.summary.no': 'Membres qui ont voté contre :',
  'list.summary.abstain': 'Membres qui se sont abstenus :',
  'list.summary.absent': 'Membres qui n’ont pas pris part au vote :',
  'list.summary.mixed': 'Membres, par position :',
  'list.heading': '{vote}, {outcome} :',
  'list.label': '{position} ({count})',
  'tally.summary': '{symbol} : {outcome}.',
  'tally.many': 'Les résultats des votes du {date} :',
  'tally.counts':
    '{yes} voix pour, {no} voix contre, {abstain, plural, one {# abstention} other {# abstentions}}',
  'tally.absent': '{absent, plural, one {# n’a pas voté} other {# n’ont pas voté}}',
  'tally.withAbsent': '{counts}, {absent}',
  'heading.sources': 'Sources',
  'heading.suggestions': 'Vous pourriez demander',
  'heading.note': 'Remarque',
  'help.summary':
    'Plenary répond aux questions sur les votes de l’ONU relatifs à l’Ukraine du {date}, avec ses sources. Vous pouvez poser vos questions dans les langues suivantes : {languages}. Par exemple :',
  'help.example.country': 'Comment la France a-t-elle voté sur la résolution ukrainienne ?',
  'help.example.list': 'Qui a voté contre la résolution ukrainienne ?',
  'help.example.tally': 'Quel a été le résultat du vote au Conseil de sécurité ?',
  'help.example.quote': 'Qu’a dit Barbara Woodward ?',
  'oos.summary':
    'Désolé, cela dépasse ce que je sais : je réponds aux questions sur les votes de l’ONU relatifs à l’Ukraine du {date}.',
  'unclear.summary': 'Je ne suis pas sûr de comprendre la question, et je préfère ne pas deviner.',
  'quote.summary': 'Ce qu’a dit {speaker} (mot pour mot, dans la langue d’origine, avec les sources) :',
  'quote.language':
    'Les citations sont reproduites mot pour mot, dans leur langue d’origine ({language}), sans traduction.',
  'note.partlyEnglish':
    'Certaines parties de cette réponse sont en anglais : elles ne sont pas encore traduites.',
  'note.english': 'Cette réponse est en anglais : elle n’est pas encore traduite.',
  'digest.title.day': 'Jour {day} depuis les votes de l’ONU du {date}',
  'digest.title.votesDay': 'Aujourd’hui : les votes de l’ONU du {date}',
  'digest.title.before': 'Avant les votes de l’ONU du {date}',
  'digest.title.withLabels': '{title} : {labels}',
  'digest.label.anniversary': '{years, plural, one {# an} many {# ans} other {# ans}}',
  'digest.label.monthly': '{months, plural, one {# mois} many {# mois} other {# mois}}',
  'digest.label.hundredth': 'une étape marquante',
  'digest.votesDay':
    'Les votes ont lieu aujourd’hui : l’Assemblée générale et le Conseil de sécurité se prononcent sur la guerre en Ukraine.',
  'digest.anniversary':
    '{years, plural, one {# an} many {# ans} other {# ans}} depuis les votes de l’ONU du {date}.',
  'digest.monthly':
    '{months, plural, one {# mois} many {# mois} other {# mois}} depuis les votes de l’ONU du {date}.',
  'digest.hundredth': 'Étape marquante : jour {day} depuis les votes.',
  'digest.before':
    'Le {when} précède de {days, plural, one {# jour} many {# jours} other {# jours}} les votes de l’ONU du {date} : il n’y a donc pas encore de résumé. Essayez une date à partir du {date}.',
  'digest.heading.recap': 'Les trois votes :',
  'digest.heading.onThisDay': 'À pareille date :',
  'digest.fact': 'Le fait du jour : {fact}',
  'digest.recap.vote': '{vote} : {outcome}.',
  'digest.recap.us': '{country} : {position}.',
  'digest.note.partlyEnglish':
    'Certaines parties de ce résumé sont en anglais : elles ne sont pas encore traduites.',
  'chart.legend.unknown': 'Inconnu',
  'chart.legend.noSeat.GA': 'Non membre de l’ONU',
  'chart.legend.noSeat.SC': 'Non membre du Conseil',
  'chart.partial': '{named} sur {total}',
  'chart.body.GA': 'Assemblée générale des Nations Unies',
  'chart.body.SC': 'Conseil de sécurité des Nations Unies',
  'chart.circles.council': 'Les cercles signalent les plus petits membres du Conseil',
  'chart.circles.small':
    'Les cercles signalent {count, plural, one {# État trop petit pour être visible} many {# États trop petits pour être visibles} other {# États trop petits pour être visibles}} à cette échelle',
  'chart.highlighted': 'Mis en évidence : {name} ({position})',
  'chart.source': 'Source : relevé des votes de l’ONU',
  'chart.sources.history': 'Sources : celles citées dans la réponse',
  'chart.sources.historyPartial':
    'Sources : celles citées dans la réponse (inconnu : non mentionné par elles)',
  'chart.absentNotRecorded': 'Le nombre de membres n’ayant pas participé au vote n’a pas été consigné',
  'chart.symbol.motion': 'Motion de procédure',
  'chart.symbol.amendment': 'Amendement',
  'chart.symbol.unconfirmed': 'Cote non confirmée',
  'chart.record.vote': 'Vote',
  'chart.record.position': 'Position',
  'chart.record.subtitle':
    'Votes de l’ONU sur l’Ukraine, {years} · une ligne par vote, du plus ancien au plus récent',
  'chart.record.footer':
    'Mêmes couleurs que sur les cartes de vote · Sources : celles citées dans la réponse',
  'chart.record.unknown':
    'Inconnu : les listes des sources pour ce vote ne mentionnent pas ce membre ({member}) ; ce n’est pas une position',
  'chart.record.unconfirmed': 'Résolution, cote non confirmée',
  'chart.record.council': 'Conseil de sécurité',
};
