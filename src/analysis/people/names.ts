/**
 * Name lists: evidence that a capitalised sequence is a person, and how to shorten it.
 * Lower case. A sequence is a person's full name when a title stands before it, when its
 * first word is a known given name, or when it is a family-name-first (East Asian) name.
 */

/** Common given names (English-speaking countries, Europe, the Middle East, South Asia, Africa). */
export const givenNames: ReadonlySet<string> = new Set(
  // English: men
  (
    'aaron adam adrian alan albert alex alexander alfred allen andrew andy anthony arnold ' +
    'arthur barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley brandon ' +
    'brian bruce bryan carl carlos charles charlie chris christopher chuck clarence colin craig ' +
    'dale dan daniel danny darren dave david dean dennis derek dick don donald doug douglas ' +
    'duncan dwight ed eddie edward eric ernest eugene frank fred frederick gary gavin gene ' +
    'geoff geoffrey george gerald gordon graham greg gregory harold harry henry howard ian ' +
    'jack jacob jake james jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny ' +
    'jon jonathan jordan joseph josh joshua justin keith ken kenneth kevin kyle lance larry ' +
    'lawrence lee leonard lewis lloyd louis luke malcolm mark martin matt matthew michael ' +
    'mike mitch mitt neil nicholas nick nigel norman oliver patrick paul pete peter phil ' +
    'philip ralph randy ray raymond richard rick rob robert robin rod rodney roger ron ronald ' +
    'ross roy rudy russell ryan sam samuel scott sean simon stanley stephen steve steven ' +
    'stuart ted terry thomas tim timothy todd tom tommy tony travis troy vincent walter wayne ' +
    'wesley william willie ' +
    // English: women
    'abigail alice alison amanda amy andrea angela ann anna anne barbara betty beverly ' +
    'brenda carol caroline catherine cathy cheryl christine claire condoleezza cynthia ' +
    'deborah debra diana diane donna doris dorothy elizabeth ellen emily emma evelyn ' +
    'frances gloria hannah heather helen hillary irene jane janet janice jean jennifer ' +
    'jessica jill joan joanne joyce judith judy julia julie karen kate katherine kathleen ' +
    'kathy kelly kim laura lauren linda lisa lois lori louise lucy lynn margaret maria ' +
    'marie marilyn martha mary megan melissa michelle nancy natalie nicole pamela patricia ' +
    'paula rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley sophie ' +
    'stephanie susan tammy teresa theresa tina valerie victoria virginia wendy ' +
    // European
    'alain alberto alejandro alessandro alexei alexandre andrei andrzej angela antonio ' +
    'boris carla carlo christian claude dmitry dmitri emmanuel enrique francesco francisco ' +
    'françois francois friedrich gerhard giorgio giovanni giuseppe gustavo hans heinz helmut ' +
    'horst ivan jacques jan javier jean-claude jean-marie jean-pierre jens joachim jorge ' +
    'josé jose josef juan jürgen karl klaus lech lionel luis luiz manuel marco mario ' +
    'matteo mikhail miguel nicolas nicolas olaf pablo pedro pierre rafael ricardo roberto ' +
    'rudolf sergei sergey silvio stefan tony ursula viktor vladimir walter wolfgang ' +
    'yulia viktor yuri yury yevgeny nikolai nicolai mahmoud ' +
    // Middle East, South Asia, Africa
    'abdul abdullah ahmad ahmed ali amir ashraf bashar benjamin ehud ariel hamid hassan ' +
    'hosni hussein ibrahim jalal khalid mahmoud manmohan mohamed mohammad mohammed muhammad ' +
    'narendra nawaz nelson omar pervez rahul recep robert salman shimon sonia tariq thabo ' +
    'yasser yusuf jacob kofi olusegun goodluck muammar moammar hamid ayman osama saddam ' +
    'nouri jalal ban'
  ).split(' ')
)

/**
 * Family names that come first in Korean and Chinese names ("Park Won Gon", "Kim Jong Un",
 * "Xi Jinping"): the short form is the first word.
 */
export const familyNamesFirst: ReadonlySet<string> = new Set(
  // Korean
  (
    'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im ' +
    'han shin seo kwon hwang ahn an song yoo yu hong jeon jun ko go moon mun yang son bae ' +
    'baek heo ho nam roh noh ha kwak sung seong cha joo ju woo ryu yeo min jin ji chae won ' +
    'chun bang hyun ham byun yeom chu do seok ban ' +
    // Chinese
    'wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng ' +
    'liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng ' +
    'wei su lu ding ren yao shen zhong cui tan fan jin shi liao jia xia fu fang bai zou ' +
    'meng xiong qin qiu yin xue yan duan lei long hou hao kong shao mao wan gu lai kang ' +
    'yi qian niu xi wen'
  ).split(' ')
)

/** Suffixes after a name: not the surname ("Martin Luther King Jr."). */
export const nameSuffixes: ReadonlySet<string> = new Set([
  'jr.',
  'jr',
  'sr.',
  'sr',
  'ii',
  'iii',
  'iv'
])

/** Lower-case particles inside names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const nameParticles: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'y'
])
