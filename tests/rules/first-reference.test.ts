import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsText} from '../helpers/corpus.js'

describe('first-reference: minimal cases', () => {
  testRule('first-reference', {
    valid: [
      {
        name: 'full name first',
        text: 'Talks\n\nRussian President Vladimir Putin said no. Putin left.\n'
      },
      {
        name: 'the headline is not a first reference',
        text: 'Putin says no\n\nRussian President Vladimir Putin said no.\n'
      },
      {name: 'no full name anywhere', text: 'Talks\n\nPutin said no. Putin left.\n'},
      {
        name: 'a quote is the source’s words',
        text: 'Talks\n\nShe said, "Putin and Vladimir Putin agree." Putin left.\n'
      },
      {
        name: 'a shared surname stays apart',
        text: 'Talks\n\nBush spoke. George W. Bush and Laura Bush then left.\n'
      },
      {
        name: 'shared East Asian family name',
        text: 'Talks\n\nKim arrived. North Korean leader Kim Jong Un smiled. Kim Yo Jong, his sister, waved.\n'
      },
      {
        name: 'a surname naming a government',
        text: 'Talks\n\nThe Howard government fell. Prime Minister John Howard resigned.\n'
      },
      {
        name: 'royalty goes by given name',
        text: 'Visit\n\nPrince Harry arrived. Prince Harry Windsor left.\n'
      }
    ],
    invalid: [
      {
        name: 'surname first, full name later',
        text: 'Talks\n\nTrump wants a ceasefire with Putin. Russian President Vladimir Putin said no.\n',
        messages: [
          '3:30-3:35: Unexpected surname `Putin` on first reference to Vladimir Putin, expected the full name `President Vladimir Putin` (given later, on line 3)'
        ]
      },
      {
        // Treasurer, coordinator, leader and specialist (a rank) are titles before a name.
        name: 'title and surname first: Treasurer (corpus 0468, mutated)',
        text: 'Budget\n\nTreasurer Costello is under fire. Treasurer Peter Costello denied it.\n',
        messages: [
          '3:1-3:19: Unexpected title and surname `Treasurer Costello` on first reference to Peter Costello, expected the full name `Treasurer Peter Costello` (given later, on line 3)'
        ]
      },
      {
        name: 'a lower-case description is not put in the expected name',
        text: 'Zimbabwe\n\nMugabe spoke on Monday. Zimbabwe leader Robert Mugabe then left.\n',
        messages: [
          '3:1-3:7: Unexpected surname `Mugabe` on first reference to Robert Mugabe, expected the full name `Robert Mugabe` (given later, on line 3)'
        ]
      },
      {
        name: 'title and surname first',
        text: 'Talks\n\nPresident Putin said no. Later, President Vladimir Putin said yes.\n',
        messages: [
          '3:1-3:16: Unexpected title and surname `President Putin` on first reference to Vladimir Putin, expected the full name `President Vladimir Putin` (given later, on line 3)'
        ]
      },
      {
        name: 'the full name only inside a quote does not introduce',
        text: 'Talks\n\nPutin left. "I met Vladimir Putin," she said.\n',
        messages: [
          '3:1-3:6: Unexpected surname `Putin` on first reference to Vladimir Putin, expected the full name `Vladimir Putin` (given later, on line 3)'
        ]
      },
      {
        name: 'Korean name: the family name comes first',
        text: 'Talks\n\nThe envoy met Park on Monday. Dr. Park Won Gon, a professor, said so.\n',
        messages: [
          '3:15-3:19: Unexpected surname `Park` on first reference to Park Won Gon, expected the full name `Dr. Park Won Gon` (given later, on line 3)'
        ]
      },
      {
        name: 'Chinese name',
        text: 'Talks\n\nXi met Biden. Chinese President Xi Jinping smiled.\n',
        messages: [
          '3:1-3:3: Unexpected surname `Xi` on first reference to Xi Jinping, expected the full name `President Xi Jinping` (given later, on line 3)'
        ]
      },
      {
        name: 'Markdown',
        path: 'a.md',
        text: '# Talks\n\nA *ceasefire* with Putin. Then Vladimir Putin spoke.\n',
        messages: [
          '3:20-3:25: Unexpected surname `Putin` on first reference to Vladimir Putin, expected the full name `Vladimir Putin` (given later, on line 3)'
        ]
      }
    ]
  })
})

describe('first-reference: real articles', () => {
  it('the seed: Putin on line 10, nothing else', async () => {
    expect(await runRule('first-reference', {name: 'seed', text: seedText()})).toEqual([
      '10:194-10:199: Unexpected surname `Putin` on first reference to Vladimir Putin, expected the full name `Vladimir Putin` (given later, on line 24)'
    ])
  })

  it('Wikinews 0970 (CC BY 2.5): Prime Minister Blair, Chancellor Brown', async () => {
    expect(
      await runRule('first-reference', {name: '0970', text: wikinewsText('0970.txt')})
    ).toEqual([
      '3:21-3:41: Unexpected title and surname `Prime Minister Blair` on first reference to Tony Blair, expected the full name `Prime Minister Tony Blair` (given later, on line 5)',
      '3:177-3:193: Unexpected title and surname `Chancellor Brown` on first reference to Gordon Brown, expected the full name `Chancellor Gordon Brown` (given later, on line 7)'
    ])
  })

  it('Wikinews 1552 (CC BY 2.5): Obama before Barack Obama', async () => {
    expect(
      await runRule('first-reference', {name: '1552', text: wikinewsText('1552.txt')})
    ).toEqual([
      '5:82-5:87: Unexpected surname `Obama` on first reference to Barack Obama, expected the full name `Barack Obama` (given later, on line 7)'
    ])
  })
})
