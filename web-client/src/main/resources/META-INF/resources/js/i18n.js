// Interface text in English and Ukrainian. Scenario content comes from the server in its own language.
const STRINGS = {
  en: {
    appTitle: 'Security guarantees for Ukraine: negotiation game', language: 'Language',
    joinHeading: 'Join your seminar', joinCode: 'Join code', displayName: 'Your name', join: 'Join',
    joining: 'Joining…', rejoining: 'Taking your seat again…', instructorLink: 'Instructor console',
    conn_connecting: 'Connecting…', conn_open: 'Connected', conn_reconnecting: 'Connection lost: reconnecting…',
    conn_closed: 'Disconnected', table: 'Table {n}', you: 'You: {role}', round: 'Round {n} of {total}', roundN: 'Round {n}',
    phase_LOBBY: 'Waiting for the instructor to start', phase_NEGOTIATION: 'Negotiating', phase_PAUSED: 'Clock paused',
    phase_CONCLUDED: 'Deal concluded', phase_NO_DEAL: 'Ended without a deal', timeLeft: 'Time left: {t}',
    brief: 'Your confidential brief', background: 'Background', interests: 'Interests', instructions: 'Private instructions',
    redLines: 'Red lines', noDealValue: 'Value of no deal: {v} points', pointsSchedule: 'Your points per option',
    meter: 'Your private meter', draftPoints: 'This draft gives you {p} points', noDraft: 'No full draft yet',
    versusNoDeal: 'No deal gives you {v}', best: 'Best possible: {v}', redLineCrossed: 'Red line crossed: {issue} → {option}',
    aboveNoDeal: 'Better than no deal', belowNoDeal: 'Worse than no deal',
    board: 'Negotiation board', draftVersion: 'Draft version {v}', issue: 'Issue', draft: 'Current draft',
    setBy: 'Set by', stances: 'Stances', yourChoice: 'Your choice', setByRole: '{role}, round {round}',
    changed: 'changed in this version', none: '—', support: 'Support', object: 'Object', supports: 'supports',
    objects: 'objects', amend: 'Amend', proposePackage: 'Propose my choices as a full package',
    redLineMark: 'red line', offers: 'Conditional offers', offerTo: 'Offer to', give: 'I give', want: 'If you give',
    note: 'Note (optional)', sendOffer: 'Send offer', accept: 'Accept', decline: 'Decline',
    offerFrom: '{from} offers {give} if {to} gives {want}', noOffers: 'No open offers.',
    signing: 'Signatures', sign: 'Sign version {v}', unsign: 'Withdraw my signature', signedBy: 'Signed: {roles}',
    nobodySigned: 'Nobody has signed this version.', walkAway: 'Walk away', walkReason: 'Why (optional)',
    confirmWalk: 'Confirm: end the table with no deal', whatIf: 'Preview durability of this draft',
    whatIfResult: 'Durability if signed now: {score}/100 ({band})', chat: 'Chat', public: 'Everyone',
    message: 'Message', send: 'Send', unread: '{n} unread', news: 'News and injects', inject: 'Inject',
    broadcast: 'Message from the instructor', sent: 'Sent.', pending: 'Waiting for the server…',
    error: 'Not accepted: {m}', debrief: 'Debrief', theDeal: 'The deal', durability: 'Durability',
    score: 'Score {s}/100', band: 'Band: {b}', expectedYears: 'Expected years of peace: {y} (of {h})',
    survival: 'Chance the peace holds, by year', year: 'Year', findings: 'Findings', stressTests: 'Stress tests',
    scoreChange: 'change {c}', points: 'Points', yourPoints: 'Your points: {p} (no deal: {n}, gain {g})',
    awaitingRating: 'The deal is being rated…', noDealOutcome: 'No deal: every role gets its no-deal value.',
    walkedAwayBy: '{role} walked away', endReason: 'Reason: {r}', voided: 'voided by {r}', source: 'Source: {s}',
    // instructor
    console: 'Instructor console', createSeminar: 'Create a seminar', seminarTitle: 'Title', tableCount: 'Tables',
    create: 'Create', joinWith: 'Students join at {url} with code', tables: 'Tables', lastActivity: 'Last activity',
    stuck: 'stuck', signatures: 'Signatures {n}/{total}', seats: 'Seats', empty: 'empty', clock: 'Clock',
    target: 'Which tables', allTables: 'All tables', start: 'Start', pause: 'Pause', resume: 'Resume',
    advance: 'Next round', end: 'End', injectTitle: 'Title', injectText: 'Text', sendInject: 'Send inject',
    sendBroadcast: 'Send to students', lockLobby: 'Lock the lobby (no new students)', results: 'Results',
    refresh: 'Refresh', exportCsv: 'Download CSV', exportJson: 'Download JSON', phase: 'Phase',
    crossTable: 'Durability against points', axisPoints: 'Points ({who})', total: 'all roles', done: 'Done: {n} table(s)',
    newSeminar: 'Start another seminar', noResults: 'No table has finished yet.', qr: 'QR code for the join link',
    // precedents, cross-table debrief, replay, scripted injects
    precedents: 'Nearest historical precedents', loading: 'Loading…',
    precedentsUnavailable: 'The case library cannot be reached right now, so no precedents are shown.',
    precedentsIntro: 'Real arrangements closest to your deal by their design and their durability score, and what became of them.',
    modelCheck: 'How far to trust the score: on the cases its rules were calibrated on, it ranks which arrangement lasted longer correctly in {c}% of {p} pairs.',
    modelCheckHeldOut: 'On cases held out of that calibration: {h}% of {q} pairs (50% is a coin toss).',
    modelCheckBlind: 'On those of them encoded after these rules were written, the only test the rules could not have been fitted to: {b}% of {r} pairs.',
    outcome_BROKE_DOWN: 'war resumed after {y} years', outcome_HOLDING: 'still holding after {y} years',
    outcome_NEVER_SIGNED: 'never signed', sharedFeatures: 'Shares {n} of {total} design features:',
    feat_legalForm: 'legal form', feat_commitment: 'commitment', feat_trigger: 'trigger', feat_aggressorCanVeto: 'aggressor can veto',
    feat_foreignForces: 'foreign forces', feat_ceasefire: 'ceasefire', feat_monitoring: 'monitoring', feat_separation: 'separation',
    feat_alliance: 'alliance', feat_territory: 'territory', feat_sanctions: 'sanctions',
    instructor: 'Instructor', system: 'System', differs: 'tables differ', clausesCompared: 'Clauses compared across tables',
    replay: 'Replay of one table', replayTable: 'Table', showReplay: 'Show the replay',
    privateMessage: 'Private message from {from} to {to}', afterMessage: 'Came after', messageRef: 'message #{n} from {who}',
    'tl_draft.proposed': '{who} proposed a full package (version {v})', 'tl_draft.amended': '{who} amended the draft (version {v})',
    'tl_offer.accepted': '{who} accepted an offer (version {v})', tl_rated: 'Rated version {v}: {s}/100 ({b})',
    finalRating: 'Final rating: {s}/100 ({b})', notRated: 'No rating: the table has no rated deal.',
    tl_support: '{who} supports “{issue}”', tl_object: '{who} objects to “{issue}”', tl_offer: '{who} made a private offer to {to}',
    tl_declined: '{who} declined an offer', tl_signed: '{who} signed version {v}', tl_unsigned: '{who} withdrew its signature from version {v}',
    tl_concluded: 'Deal concluded on version {v}', tl_ended: 'Table ended: {r}', tl_started: 'Negotiation started',
    scriptedInject: 'Scenario inject', customInject: 'My own (title and text below)', afterRound: 'After round {n}',
  },
  uk: {
    appTitle: 'Гарантії безпеки для України: переговорна гра', language: 'Мова',
    joinHeading: 'Приєднатися до семінару', joinCode: 'Код семінару', displayName: 'Ваше імʼя', join: 'Приєднатися',
    joining: 'Приєднання…', rejoining: 'Повертаємо ваше місце…', instructorLink: 'Панель викладача',
    conn_connecting: 'Зʼєднання…', conn_open: 'Зʼєднано', conn_reconnecting: 'Звʼязок втрачено: перепідключення…',
    conn_closed: 'Відключено', table: 'Стіл {n}', you: 'Ви: {role}', round: 'Раунд {n} з {total}', roundN: 'Раунд {n}',
    phase_LOBBY: 'Очікуємо, поки викладач почне', phase_NEGOTIATION: 'Переговори', phase_PAUSED: 'Годинник зупинено',
    phase_CONCLUDED: 'Угоду укладено', phase_NO_DEAL: 'Завершено без угоди', timeLeft: 'Залишилось: {t}',
    brief: 'Ваш конфіденційний бриф', background: 'Передісторія', interests: 'Інтереси', instructions: 'Таємні інструкції',
    redLines: 'Червоні лінії', noDealValue: 'Цінність відсутності угоди: {v} балів', pointsSchedule: 'Ваші бали за варіанти',
    meter: 'Ваш приватний лічильник', draftPoints: 'Цей проєкт дає вам {p} балів', noDraft: 'Повного проєкту ще немає',
    versusNoDeal: 'Без угоди: {v}', best: 'Найкраще можливе: {v}', redLineCrossed: 'Перетнуто червону лінію: {issue} → {option}',
    aboveNoDeal: 'Краще, ніж без угоди', belowNoDeal: 'Гірше, ніж без угоди',
    board: 'Переговорна дошка', draftVersion: 'Версія проєкту {v}', issue: 'Питання', draft: 'Поточний проєкт',
    setBy: 'Хто встановив', stances: 'Позиції', yourChoice: 'Ваш вибір', setByRole: '{role}, раунд {round}',
    changed: 'змінено в цій версії', none: '—', support: 'Підтримати', object: 'Заперечити', supports: 'підтримує',
    objects: 'заперечує', amend: 'Змінити', proposePackage: 'Запропонувати мій вибір як повний пакет',
    redLineMark: 'червона лінія', offers: 'Умовні пропозиції', offerTo: 'Пропозиція для', give: 'Я поступаюся',
    want: 'Якщо ви поступитеся', note: 'Примітка (необовʼязково)', sendOffer: 'Надіслати пропозицію',
    accept: 'Прийняти', decline: 'Відхилити', offerFrom: '{from} пропонує {give}, якщо {to} дасть {want}',
    noOffers: 'Відкритих пропозицій немає.', signing: 'Підписи', sign: 'Підписати версію {v}',
    unsign: 'Відкликати мій підпис', signedBy: 'Підписали: {roles}', nobodySigned: 'Цю версію ще ніхто не підписав.',
    walkAway: 'Вийти з переговорів', walkReason: 'Чому (необовʼязково)', confirmWalk: 'Підтвердити: завершити без угоди',
    whatIf: 'Оцінити тривкість цього проєкту', whatIfResult: 'Тривкість, якщо підписати зараз: {score}/100 ({band})',
    chat: 'Чат', public: 'Усі', message: 'Повідомлення', send: 'Надіслати', unread: 'непрочитаних: {n}',
    news: 'Новини та вводні', inject: 'Вводна', broadcast: 'Повідомлення викладача', sent: 'Надіслано.',
    pending: 'Очікуємо сервер…', error: 'Не прийнято: {m}', debrief: 'Підсумки', theDeal: 'Угода',
    durability: 'Тривкість', score: 'Оцінка {s}/100', band: 'Рівень: {b}',
    expectedYears: 'Очікувані роки миру: {y} (з {h})', survival: 'Імовірність, що мир триває, за роками', year: 'Рік',
    findings: 'Висновки правил', stressTests: 'Стрес-тести', scoreChange: 'зміна {c}', points: 'Бали',
    yourPoints: 'Ваші бали: {p} (без угоди: {n}, виграш {g})', awaitingRating: 'Угоду оцінюють…',
    noDealOutcome: 'Угоди немає: кожна сторона отримує цінність відсутності угоди.', walkedAwayBy: '{role} вийшла з переговорів',
    endReason: 'Причина: {r}', voided: 'скасовано правилом {r}', source: 'Джерело: {s}',
    console: 'Панель викладача', createSeminar: 'Створити семінар', seminarTitle: 'Назва', tableCount: 'Столів',
    create: 'Створити', joinWith: 'Студенти приєднуються на {url} з кодом', tables: 'Столи',
    lastActivity: 'Остання дія', stuck: 'застряг', signatures: 'Підписи {n}/{total}', seats: 'Місця', empty: 'вільне',
    clock: 'Годинник', target: 'Які столи', allTables: 'Усі столи', start: 'Почати', pause: 'Пауза',
    resume: 'Продовжити', advance: 'Наступний раунд', end: 'Завершити', injectTitle: 'Заголовок', injectText: 'Текст',
    sendInject: 'Надіслати вводну', sendBroadcast: 'Надіслати студентам', lockLobby: 'Закрити вхід (нові студенти не можуть приєднатися)',
    results: 'Результати', refresh: 'Оновити', exportCsv: 'Завантажити CSV', exportJson: 'Завантажити JSON', phase: 'Фаза',
    crossTable: 'Тривкість проти балів', axisPoints: 'Бали ({who})', total: 'усі сторони', done: 'Виконано: столів {n}',
    newSeminar: 'Почати інший семінар', noResults: 'Жоден стіл ще не завершив.', qr: 'QR-код посилання для входу',
    precedents: 'Найближчі історичні прецеденти', loading: 'Завантаження…',
    precedentsUnavailable: 'Бібліотека випадків зараз недоступна, тому прецеденти не показано.',
    precedentsIntro: 'Реальні домовленості, найближчі до вашої угоди за будовою та оцінкою тривкості, і що з ними сталося.',
    modelCheck: 'Наскільки довіряти оцінці: на випадках, за якими калібрували правила, вона правильно визначає, яка домовленість протривала довше, у {c}% із {p} пар.',
    modelCheckHeldOut: 'На випадках, відкладених для перевірки: {h}% із {q} пар (50% — як підкинути монету).',
    modelCheckBlind: 'На тих із них, що закодовані вже після написання цих правил, — єдиній перевірці, під яку правила не могли бути підігнані: {b}% із {r} пар.',
    outcome_BROKE_DOWN: 'війна відновилася через {y} р.', outcome_HOLDING: 'досі тримається, {y} р.',
    outcome_NEVER_SIGNED: 'так і не підписано', sharedFeatures: 'Спільних ознак: {n} з {total}:',
    feat_legalForm: 'правова форма', feat_commitment: 'зобовʼязання', feat_trigger: 'механізм задіяння', feat_aggressorCanVeto: 'вето агресора',
    feat_foreignForces: 'іноземні сили', feat_ceasefire: 'припинення вогню', feat_monitoring: 'моніторинг', feat_separation: 'розведення сил',
    feat_alliance: 'союз', feat_territory: 'територія', feat_sanctions: 'санкції',
    instructor: 'Викладач', system: 'Система', differs: 'столи відрізняються', clausesCompared: 'Положення угод за столами',
    replay: 'Перебіг одного столу', replayTable: 'Стіл', showReplay: 'Показати перебіг',
    privateMessage: 'Приватне повідомлення від {from} для {to}', afterMessage: 'Після', messageRef: 'повідомлення #{n} від {who}',
    'tl_draft.proposed': '{who}: повний пакет (версія {v})', 'tl_draft.amended': '{who}: зміна проєкту (версія {v})',
    'tl_offer.accepted': '{who}: прийнято пропозицію (версія {v})', tl_rated: 'Оцінка версії {v}: {s}/100 ({b})',
    finalRating: 'Підсумкова оцінка: {s}/100 ({b})', notRated: 'Оцінки немає: стіл не має оціненої угоди.',
    tl_support: '{who} підтримує «{issue}»', tl_object: '{who} заперечує «{issue}»', tl_offer: '{who}: приватна пропозиція для {to}',
    tl_declined: '{who} відхиляє пропозицію', tl_signed: '{who} підписує версію {v}', tl_unsigned: '{who} відкликає підпис з версії {v}',
    tl_concluded: 'Угоду укладено на версії {v}', tl_ended: 'Стіл завершено: {r}', tl_started: 'Переговори почалися',
    scriptedInject: 'Вводна сценарію', customInject: 'Власна (заголовок і текст нижче)', afterRound: 'Після раунду {n}',
  },
};

let lang = localStorage.getItem('lang') || (navigator.language || 'en').slice(0, 2);
if (!STRINGS[lang]) lang = 'en';
const listeners = [];

export function t(key, vars = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? ''));
}

export function language() { return lang; }

export function onLanguageChange(listener) { listeners.push(listener); }

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label) and wires the switch. */
export function applyStatic(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
}

export function setupSwitch(select) {
  select.value = lang;
  select.addEventListener('change', () => {
    lang = select.value;
    localStorage.setItem('lang', lang);
    applyStatic();
    listeners.forEach((listener) => listener());
  });
  applyStatic();
}
