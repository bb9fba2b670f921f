// Function words of German and English, written by us from general knowledge of both languages: articles,
// pronouns, prepositions, conjunctions and auxiliaries. Used to tell the languages apart and to leave
// words that carry no topic out of the story vectors.

/** German function words, lower case. */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(`
der die das den dem des ein eine einen einem einer eines kein keine keinen und oder aber doch sondern denn
ist sind war waren wird werden wurde wurden worden sei seien hat haben hatte hatten habe hätte wäre kann
können konnte muss müssen soll sollen sollte will wollen darf dürfen mag ich du er sie es wir ihr ihm ihn
ihnen ihre ihrer ihren ihrem sein seine seiner seinen seinem sich mich mir dich dir uns euch man nicht auch
noch nur schon sehr mehr als wie so da dass daß ob wenn weil damit dann denn nach bei mit von vom zu zum zur
auf aus an am im in ins um über unter vor hinter neben zwischen durch für gegen ohne bis seit während
wegen trotz dieser diese dieses diesem diesen jener jede jeder jedes jeden alle allen aller was wer wo
wann warum welche welcher welches hier dort heute gestern morgen immer nie bereits etwa rund zudem sowie
es gibt laut nun jetzt dabei dazu davon darauf daher deshalb jedoch allerdings außerdem bisher
`.trim().split(/\s+/));

/** English function words, lower case. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(`
the a an and or but nor so yet of to in on at by for with from into onto about over under after before
between through during without within against among since until than as is are was were be been being has
have had do does did will would shall should can could may might must i you he she it we they me him her
us them my your his its our their this that these those which who whom whose what when where why how not
no also only just more most very such there here then now some any each every all both either neither one
said says say if because while although though up down out off again further once s t don't it's
`.trim().split(/\s+/));
