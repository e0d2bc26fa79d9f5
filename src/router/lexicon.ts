import type { Position } from '../knowledge/schema.ts';

/** Phrases that name a position, in folded text. Longest first where they overlap. */
export const POSITION_CUES: [RegExp, Position][] = [
  [
    /\b(did ?n ?t|did not|didnt|failed to|not) vote\b|\bnot voting\b|\bnon-?voting\b|\bnon-?voters?\b|\bmissed\b|\babsent(ees?)?\b|\babsences?\b|\bno[- ]shows?\b|\bskipped\b|\bmissing\b|\b(did ?n ?t|did not|not|never) (take part|participate|show up|turn up)\b|\bnot present\b|\bstayed (away|home|out)\b|\b(sat|sit|sits|sitting) (it )?out\b/,
    'absent',
  ],
  [/\babst[a-z]*\b|\babstention/, 'abstain'],
  [
    /\bagainst\b|\bopposed?\b|\bvoted no\b|\bvote no\b|\bno votes?\b|\bsaid no\b|\bvoting no\b|\brejected\b|\b(from|to) no\b|\bno (on|to)\b|\bnays?\b|\b(the )?no (list|column|side|camp)\b/,
    'no',
  ],
  [
    /\bin favou?r\b|\bfor it\b|\bvoted (yes|for)\b|\bvote yes\b|\byes votes?\b|\bsupport(ed|ing)?\b|\bbacked\b|(?<=\b(?:did ?n ?t|didnt|did not|not|never|to|did|would|does|do) )back\b|\bback(?:ing|s)\b|\bvoting (yes|for)\b|\bapproved\b|\bsaid yes\b|\b(from|to) yes\b|\byes (on|to)\b|\b(ayes?|yeas)\b|\byes (list|column|side|camp)\b/,
    'yes',
  ],
];

export const LIST_CUE =
  /\b(who|which|what (countries|states|nations|members)|list|name (the|all)|countries|states|nations|members|everyone|anybody|anyone)\b/;
export const TALLY_CUE =
  /\b(tally|tallies|result|results|how many|count|counts|margin|score|numbers?|breakdown|final vote|split|by how much|how close|vote totals?|totals?|outcome|pass|passed|adopted|fail|failed|majority|unanimous|unanimously|landslide|close|turnout|more (yes )?votes|most votes|fewer votes|more support)\b/;
export const VOTE_CUE =
  /\b(vote|votes|voted|voting|position|positions|stance|side|sided|support|supported|oppose|opposed|against|favou?r|abst[a-z]*|ballot|stand|stood|yes|no|for)\b/;
export const QUOTE_CUE =
  /\b(say|said|says|saying|quote|quotes|quoted|quotable|verbatim|soundbite|line from|lines from|speech|speeches|statement|statements|remarks?|told|tell the|words|argue[ds]?|comment(ed|s)|declared|stated|speak|spoke|talk|talked|talks|talking)\b|\bcomment (on|from|by|about)\b/;
export const HELP_CUE =
  /^(help|\?|commands?|usage|examples?|what can you do|what do you know|what can i ask|how do i use (this|you|it)|hi|hello|hey|start|menu|about|info|plenary)( please)?( plenary)?$/;

export const GREETING = /^(hi|hello|hey|yo|good (morning|afternoon|evening)|thanks|thank you)\b/;

/** Words the fuzzy country matcher must never treat as a typo of a country. */
export const VOCABULARY = new Set(
  `a about after again against all also am amended amendment amendments an and any are as at back backed be been before
  being between binding body both but by can cannot chair chaired compare compared comparison could council countries
  country day did didnt do does draft drafts each either emergency europe european explain first for from general
  give had has have help how i if in into is it its just know last lasting later list many march me member members
  more most motion my nations no non not now of on one only or other our out over own path peace please position
  positions president presided procedural proposal put quote quotes reason resolution resolutions result results
  russia russian said same say says second security session show side sided so some special state states statement
  support supported tally tell text texts than that the their them then there these they third this those three
  to today total two ukraine ukrainian under united us veto vetoed vote voted votes voting war was way we were what
  when where which who whom whose why will with would year yes you your abstain abstained abstention abstentions
  favour favor america american assembly sc ga un unga unsc world they them those nation members many which compare
  versus against anniversary february feb year years binding legally legal force resolution path peace draft drafts
  amended final passed adopted tallies count counts margin numbers number show map picture chart image graph
  unamended unamend original originally amending law laws lows mail main chat cube roman woman spin span plain pain told gold cold bold class kids obey symbolic
  thats whats heres theres lets dont doesnt isnt wasnt werent arent cant wont hasnt havent hadnt shouldnt wouldnt
  couldnt youre theyre weve ive island islands child male mall omen spam indie tuba pajama faire pris
  official officials officially wires wire early african africa africans asian asia latin arab arabs nordic baltic
  gulf caribbean pacific ones ranks rank thanks tanks banks begin began begun begins`.split(/\s+/),
);

/** Words that make a question look like it is about something else entirely. */
export const OFF_TOPIC =
  /\b(capital|population|weather|currency|gdp|language|languages|recipe|football|soccer|movie|song|stock|bitcoin|crypto|president of (france|the us|the united states|russia|ukraine)|prime minister of|flag(?!-[a-z]{2}\b)|climate|covid|pandemic|olympics|election|elections|nuclear deal|tariffs?|joke|poem|translate|code|program|minsk (?:agreements?|accords?|protocols?|deal)|normandy format|budapest memorandum|how many (?:troops|soldiers)|troop numbers)\b/;

/** Other contests people vote in: out of scope even though they are about voting. */
export const STRONG_OFF_TOPIC =
  /\b(eurovision|song contest|olympics|world cup|oscars?|elections?|primaries|ballot box|polls? (open|close)|what time is it)\b/;

/** Other UN bodies and other organisations that hold votes: a vote "in UNESCO" is not one of the day's votes. */
export const OTHER_BODIES =
  /\b(league of nations|human rights council|hrc|unesco|unicef|unhcr|unrwa|iaea|ilo|fao|wto|imf|world bank|world health (organi[sz]ation|assembly)|(at|in|of) the who|executive board|ecosoc|economic and social council|(first|second|third|fourth|fifth|sixth) committee|international court( of justice)?|icj|international criminal court|icc|osce|council of europe|european parliament|european council|parliamentary assembly|congress|senate|house of (representatives|commons|lords)|bundestag|duma|verkhovna rada|rada)\b/;

/** Other UN votes people ask about: the subject before "resolution". */
export const OTHER_VOTE_SUBJECTS =
  /\b(sudan|gaza|israel|palestine|palestinian|syria|yemen|myanmar|afghanistan|iran|venezuela|haiti|congo|libya|somalia|mali|korea|north korea|human rights|climate|ceasefire in gaza|lebanon|cuba|embargo)\b/;

export const STOPWORDS = new Set(
  `a an the of on in at to for by and or is was were be did do does how what which who whom why when where with about
  vote voted votes voting tell me please show give their its it his her they them this that these those all any
  s position positions`.split(/\s+/),
);

/** Numbers people write in words ("the eight", "ten years ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
