// Bases of the passwords people choose most, in French and English, written for Zéro (no
// list downloaded): the rules in password-rules.ts strip digits and symbols around a
// password and undo the usual substitutions (p@ssw0rd) before looking here, so
// "Motdepasse2024!" or "Soleil123456" meet "motdepasse" and "soleil". Lowercase, letters only.
// Passwords made only of digits, of keyboard runs (azerty, qwerty, 123456) or of a repeated
// motif are refused by their own rules and need not be listed.

const WORDS = `
password passwd passw pass motdepasse motdepass mdp secret secrets topsecret admin administrator administrateur
root user utilisateur login connexion welcome bienvenue bienvenu letmein changeme change default defaut test
testtest demo guest invite master masterkey access acces entrer open ouvre sesame passe code codes pin
iloveyou iloveu loveyou love lovely lover amour amours monamour mamour jetaime jetadore tjrsamour toujours
chouchou choupette choupinou doudou loulou nounours bisounours bisou bisous coeur moncoeur cherie cheri bebe
baby babygirl babyboy princess princesse prince queen king reine roi angel ange angels ange etoile star
stars superstar sunshine soleil lune moon sky ciel hello bonjour bonsoir salut coucou hola ciao merci
football foot soccer baseball basketball basket hockey tennis rugby golf sport sports olympique om psg
allezlom allezom ohm marseille paris lyon lille toulouse bordeaux nantes nice strasbourg rennes montpellier
france francais french europe marianne republique liberte egalite fraternite bleu blanc rouge
dragon dragons monkey singe tigre tiger lion panther panthere chat chaton chaton chien chienne cheval poney
lapin souris mickey minnie pikachu pokemon sonic mario zelda batman superman spiderman ironman hulk
starwars jedi yoda vador naruto goku dbz harrypotter potter hogwarts matrix shadow ninja killer hunter
master mustang ferrari porsche mercedes bmw audi renault peugeot citroen yamaha harley corvette
michael michelle jennifer jessica ashley amanda daniel david thomas robert charlie jordan taylor andrew
joshua matthew anthony william jonathan justin nicole hannah sophie camille lea manon chloe emma jade
louise alice lina rose anna ines sarah julie marie laura pauline mathilde clara lucie oceane elodie
lucas hugo louis gabriel arthur raphael jules adam nathan leo paul enzo theo mathis tom maxime antoine
alexandre nicolas julien pierre jean jacques philippe michel alain bernard christophe stephane frederic
sebastien olivier laurent francois patrick eric thierry pascal didier vincent guillaume romain kevin
mohamed mehdi karim yanis sofiane rayan ali ahmed fatima yasmine amina nadia leila samira sonia
papa maman mamie papi papy famille family enfants enfant bebes fille fils frere soeur
chocolat chocolate caramel vanille fraise banane pomme orange citron cerise sucre cookie cookies
pizza burger coca cocacola pepsi biere vodka whisky
jesus jesuschrist christ dieu god allah amen angel lucifer satan diable
azerty qwerty qwertz asdf asdfgh zxcvbn wxcvbn abcdef abc abcd alpha beta omega delta
summer winter spring autumn ete hiver printemps automne noel christmas vacances holiday
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
freedom liberty whatever nothing rien tout toto titi tata tutu lolo lala lili nana fifi
trustno trustnoone matrix computer ordinateur internet google facebook instagram twitter youtube apple
samsung microsoft windows linux android iphone qwerty azertyuiop
money argent dollar euro euros riche rich million cash gold
happy heureux heureuse smile sourire magic magie fantasy dream reve
music musique guitar guitare piano rock metal rap hiphop
zero labzero lab demo demozero siao samusocial urgence urgences social sociale caf ccas prefecture
maraude accueil hebergement mairie travail boulot bureau office
`;

export const COMMON_PASSWORD_BASES: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
