/**
 * Words that make a capitalised sequence an organisation, a place, a work or a date rather
 * than a person ("White House", "Kursk region", "Ewha Womans University", "Supreme Court").
 * Lower case.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/))

/** Organisation words: a sequence holding one is not a person. */
export const organisationWords = words(`
  academy agency airline airlines airport alliance army assembly association authority bank
  board bureau cabinet campaign center centre church city club coalition college commission
  committee company conference congress corporation corp. corp council court department
  district embassy federation force forces foundation front fund government group guard
  high hospital house inc. inc institute league ltd ltd. magazine media ministry movement
  museum network news office organisation organization parliament party police post press
  project radio railway republic school senate service society stadium station studio
  team television times tribunal tv union united university zoo festival award awards prize
  cup championship olympics games series league tour war act bill treaty law program
  programme report review journal herald daily weekly gazette telegraph guardian
  islands island river lake mountain mountains street road avenue square bridge park
  province region county state states kingdom empire valley bay sea ocean coast gulf
  north south east west northern southern eastern western central
  motors airways energy oil gas petroleum holdings industries technologies systems
  foods health medical research science sciences studies laboratory
  labor labour liberal liberals democrat democrats republican republicans conservative
  conservatives greens tories nationals
  cathedral mosque temple palace castle tower hotel
`)

/** Countries, regions and big cities: never a person's name. */
export const placeWords = words(`
  afghanistan albania algeria america americas angola argentina armenia asia australia austria
  azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria
  burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
  czech denmark ecuador egypt england estonia ethiopia europe finland france gaza georgia
  germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq
  ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait laos latvia
  lebanon liberia libya lithuania macedonia madagascar malaysia mali mexico moldova mongolia
  montenegro morocco mozambique myanmar nepal netherlands nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
  scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland
  syria taiwan tanzania thailand tibet tunisia turkey uganda ukraine uruguay uzbekistan
  venezuela vietnam wales yemen zambia zimbabwe africa antarctica arctic
  london paris berlin moscow beijing tokyo seoul washington baghdad kabul tehran jerusalem
  cairo delhi mumbai sydney melbourne toronto ottawa brussels rome madrid geneva vienna
  york hong kong shanghai jakarta manila bangkok hanoi nairobi lagos texas california
  florida ohio virginia carolina dakota massachusetts michigan illinois pennsylvania
  georgia kursk pyongyang kyiv kiev crimea donbas
  internet web
`)

/** Days, months and holidays: never a short mention, but "Theresa May" is a name. */
export const dateWords = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december christmas easter ramadan
`)

/** Nationality and other adjectives that describe a person before a title ("Russian President"). */
export const descriptorWords = words(`
  american british chinese russian french german japanese korean italian spanish indian
  iranian iraqi israeli palestinian afghan pakistani turkish syrian egyptian canadian
  australian brazilian mexican ukrainian polish dutch swedish norwegian danish finnish
  irish scottish welsh english greek portuguese belgian swiss austrian hungarian czech
  romanian serbian croatian bulgarian lebanese jordanian saudi kuwaiti qatari emirati
  yemeni libyan tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese
  south north african asian european venezuelan colombian argentine argentinian chilean
  peruvian cuban thai vietnamese indonesian malaysian filipino burmese nepalese
  bangladeshi sri lankan taiwanese mongolian kazakh uzbek georgian armenian macedonian
  u.s. u.k. u.n. e.u. former then-president then late acting outgoing
  incoming interim new state department white house
`)

/** Words that start sentences in capitals but are not names. */
export const sentenceWords = words(`
  a an the this that these those it its he she they we i you his her their our my your
  in on at by for from to of with without after before during since until while when
  where why how what who whom which whose if but and or so yet also as although though
  because however meanwhile according despite earlier later today yesterday tomorrow
  there here then now both each every all some many most several other another such
  no not only even still just
`)
