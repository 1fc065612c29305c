// SPDX-License-Identifier: MIT
// The review page of a ShotBrief review package: plays the sequence, shows every shot, keeps the
// reviewer's decisions in the browser's local storage and saves them as a feedback file that
// ShotBrief imports (File > Import Review, shotbrief-cli review-import).
// Plain script, no framework, no network. Text from the project only ever goes into the page
// through textContent and attribute values, never as HTML.
'use strict';

(function () {
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const strings = data.strings;
  const shots = data.shots;
  const storageKey = 'shotbrief-review:' + data.package.id;

  // --- Text -------------------------------------------------------------------------------

  /** The translated string `key` with %1, %2 ... replaced by the arguments (one pass). */
  function text(key) {
    const args = Array.prototype.slice.call(arguments, 1);
    const template = strings[key] || key;
    return template.replace(/%(\d)/g, function (match, digit) {
      const value = args[Number(digit) - 1];
      return value === undefined ? match : String(value);
    });
  }

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  function clock(seconds) {
    const whole = Math.max(0, Math.floor(seconds));
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  // --- Decisions, kept in local storage -----------------------------------------------------

  let storageWorks = true;
  const state = { reviewer: '', shots: {} };

  function loadState() {
    try {
      const saved = window.localStorage.getItem(storageKey);
      if (saved) {
        const parsed = JSON.parse(saved);
        if (parsed && typeof parsed === 'object' && parsed.shots && typeof parsed.shots === 'object') {
          state.reviewer = typeof parsed.reviewer === 'string' ? parsed.reviewer : '';
          state.shots = parsed.shots;
        }
      }
    } catch (error) {
      storageWorks = false;
    }
  }

  function saveState() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
      storageWorks = true;
    } catch (error) {
      storageWorks = false;
    }
    showStorageNote();
  }

  function showStorageNote() {
    document.getElementById('storage-note').textContent =
      text(storageWorks ? 'savedLocally' : 'storageUnavailable');
  }

  function reviewOf(shot) {
    const saved = state.shots[shot.id];
    return {
      decision: saved && typeof saved.decision === 'string' ? saved.decision : '',
      note: saved && typeof saved.note === 'string' ? saved.note : '',
      preferred_take: saved && typeof saved.preferred_take === 'string' ? saved.preferred_take : '',
      at: saved && typeof saved.at === 'string' ? saved.at : ''
    };
  }

  function updateReview(shot, change) {
    const review = Object.assign(reviewOf(shot), change, { at: new Date().toISOString() });
    state.shots[shot.id] = review;
    saveState();
    showDecision(shot);
    showProgress();
  }

  function isReviewed(shot) {
    const review = reviewOf(shot);
    return review.decision !== '' || review.note.trim() !== '' || review.preferred_take !== '';
  }

  // --- Page -------------------------------------------------------------------------------

  const cards = [];
  const segments = [];
  let current = 0;

  // --- Player: the circled takes in order, stills for shots without one --------------------

  const player = (function () {
    const videos = [document.getElementById('video-a'), document.getElementById('video-b')];
    const still = document.getElementById('still');
    const label = document.getElementById('stage-label');
    const playButton = document.getElementById('play');
    const playIcon = document.getElementById('play-icon');
    const timeLabel = document.getElementById('time');
    const items = shots.map(function (shot) {
      const circled = shot.takes.filter(function (take) {
        return take.circled;
      })[0];
      return {
        clip: circled ? circled.clip : '',
        picture: shot.picture || (circled ? circled.poster : ''),
        duration: circled && circled.seconds > 0 ? circled.seconds : shot.duration
      };
    });
    const total = items.reduce(function (sum, item) {
      return sum + item.duration;
    }, 0);
    let index = 0;
    let active = 0; // Which of the two videos is on screen.
    let playing = false;
    let stillStart = 0; // performance.now() minus the time already shown of a still.
    let stillOffset = 0;
    let frame = 0;

    function startOf(i) {
      let begin = 0;
      for (let k = 0; k < i; k += 1) {
        begin += items[k].duration;
      }
      return begin;
    }

    function offset() {
      const item = items[index];
      if (item.clip) {
        return videos[active].currentTime || 0;
      }
      return playing ? (performance.now() - stillStart) / 1000 : stillOffset;
    }

    function showTime() {
      timeLabel.textContent = clock(startOf(index) + offset()) + ' / ' + clock(total);
    }

    /** Loads `item`'s clip into `video` unless it holds it already. */
    function load(video, item) {
      if (item && item.clip && video.getAttribute('src') !== item.clip) {
        video.setAttribute('src', item.clip);
        video.load();
      }
    }

    function show(layer) {
      videos.concat([still]).forEach(function (node) {
        node.classList.toggle('shown', node === layer);
      });
    }

    function present(seconds) {
      const item = items[index];
      label.textContent = text('shotHeading', shots[index].label);
      segments.forEach(function (segment, i) {
        segment.classList.toggle('current', i === index);
        if (i === index) {
          segment.setAttribute('aria-current', 'true');
        } else {
          segment.removeAttribute('aria-current');
        }
      });
      cards.forEach(function (card, i) {
        card.root.classList.toggle('playing', i === index);
      });
      document.body.dataset.playhead = String(index + 1);
      if (item.clip) {
        const video = videos[active];
        load(video, item);
        if (Math.abs((video.currentTime || 0) - seconds) > 0.05) {
          video.currentTime = seconds;
        }
        show(video);
        // The other video fetches the next clip while this one plays.
        load(videos[1 - active], items[index + 1]);
      } else {
        videos.forEach(function (video) {
          video.pause();
        });
        if (item.picture) {
          still.src = item.picture;
        } else {
          still.removeAttribute('src');
        }
        show(still);
        stillOffset = seconds;
        stillStart = performance.now() - seconds * 1000;
      }
      showTime();
    }

    function setPlaying(value) {
      playing = value;
      document.body.dataset.player = playing ? 'playing' : 'paused';
      playButton.setAttribute('aria-label', text(playing ? 'pause' : 'play'));
      playButton.title = text(playing ? 'pause' : 'play');
      playIcon.setAttribute('d', playing ? 'M6 5h4v14H6zM14 5h4v14h-4z' : 'M7 5v14l12-7z');
      cancelAnimationFrame(frame);
      const item = items[index];
      if (playing) {
        if (item.clip) {
          const started = videos[active].play();
          if (started && started.catch) {
            started.catch(function () {
              setPlaying(false);
            });
          }
        } else {
          stillStart = performance.now() - stillOffset * 1000;
        }
        frame = requestAnimationFrame(tick);
      } else {
        if (!item.clip) {
          stillOffset = offset();
        }
        videos.forEach(function (video) {
          video.pause();
        });
      }
    }

    function tick() {
      if (!playing) {
        return;
      }
      const item = items[index];
      if (!item.clip && offset() >= item.duration) {
        advance();
      }
      showTime();
      frame = requestAnimationFrame(tick);
    }

    function advance() {
      if (index + 1 >= items.length) {
        setPlaying(false);
        index = 0;
        active = 0;
        present(0);
        return;
      }
      index += 1;
      if (items[index].clip && videos[1 - active].getAttribute('src') === items[index].clip) {
        active = 1 - active; // The next clip is loaded already: switch to it.
      }
      videos[1 - active].pause();
      present(0);
      followPlayhead();
      if (playing) {
        setPlaying(true);
      }
    }

    function followPlayhead() {
      const focused = document.activeElement;
      const typing = focused && (focused.tagName === 'TEXTAREA' || focused.tagName === 'INPUT');
      select(index, false);
      if (!typing) {
        cards[index].root.scrollIntoView({ block: 'nearest' });
      }
    }

    videos.forEach(function (video, i) {
      video.muted = false;
      video.addEventListener('ended', function () {
        if (i === active && playing) {
          advance();
        }
      });
    });

    return {
      seek: function (i) {
        const wasPlaying = playing;
        setPlaying(false);
        index = i;
        present(0);
        if (wasPlaying) {
          setPlaying(true);
        }
      },
      seekTime: function (seconds) {
        let i = 0;
        while (i + 1 < items.length && seconds >= startOf(i + 1)) {
          i += 1;
        }
        const wasPlaying = playing;
        setPlaying(false);
        index = i;
        present(Math.min(seconds - startOf(i), items[i].duration));
        select(i, false);
        if (wasPlaying) {
          setPlaying(true);
        }
      },
      toggle: function () {
        setPlaying(!playing);
      },
      start: function () {
        present(0);
        setPlaying(false);
      },
      total: total,
      startOf: startOf,
      items: items
    };
  }());

  function showNotice(message) {
    const notice = document.getElementById('notice');
    notice.textContent = message;
    notice.hidden = !message;
  }

  function showProgress() {
    let reviewed = 0;
    shots.forEach(function (shot) {
      reviewed += isReviewed(shot) ? 1 : 0;
    });
    document.getElementById('progress').textContent = text('progress', reviewed, shots.length);
  }

  function showDecision(shot) {
    const index = shots.indexOf(shot);
    const card = cards[index];
    const review = reviewOf(shot);
    card.approve.setAttribute('aria-pressed', String(review.decision === 'approved'));
    card.changes.setAttribute('aria-pressed', String(review.decision === 'changes_requested'));
    if (card.note.value !== review.note) {
      card.note.value = review.note;
    }
    card.preferButtons.forEach(function (radio) {
      radio.checked = radio.value === review.preferred_take;
    });
    segments[index].classList.toggle('approved', review.decision === 'approved');
    segments[index].classList.toggle('changes_requested', review.decision === 'changes_requested');
  }

  function fieldList(shot) {
    const list = element('dl', 'fields');
    [['camera', shot.camera], ['lens', shot.lens], ['lighting', shot.lighting],
      ['mood', shot.mood], ['sceneProse', shot.scene_prose], ['crewNotes', shot.notes]]
      .forEach(function (pair) {
        if (pair[1]) {
          list.appendChild(element('dt', '', text(pair[0])));
          list.appendChild(element('dd', '', pair[1]));
        }
      });
    return list;
  }

  function takeFigure(shot, take, index) {
    const figure = element('figure', 'take');
    const video = element('video');
    video.controls = true;
    video.preload = 'none';
    video.src = take.clip;
    if (take.poster) {
      video.poster = take.poster;
    }
    video.setAttribute('aria-label', text('takeOfShot', take.name, shot.label));
    figure.appendChild(video);
    const caption = element('figcaption');
    caption.appendChild(element('span', '', take.name));
    if (take.circled) {
      caption.appendChild(element('span', 'circled', text('circled')));
    }
    let radio = null;
    if (shot.takes.length > 1) {
      const label = element('label');
      radio = element('input');
      radio.type = 'radio';
      radio.name = 'prefer-' + index;
      radio.value = take.id;
      radio.addEventListener('change', function () {
        if (radio.checked) {
          updateReview(shot, { preferred_take: take.id });
        }
      });
      label.appendChild(radio);
      label.appendChild(document.createTextNode(' ' + text('prefer')));
      caption.appendChild(label);
    }
    figure.appendChild(caption);
    return { figure: figure, radio: radio };
  }

  function buildCard(shot, index) {
    const card = element('li', 'shot');
    card.id = 'shot-' + (index + 1);
    card.tabIndex = -1;
    card.dataset.shot = shot.id;
    const title = element('h3', 'shot-title', text('shotHeading', shot.label));
    title.id = 'shot-title-' + (index + 1);
    card.setAttribute('aria-labelledby', title.id);

    const media = element('div', 'shot-media');
    const preferButtons = [];
    if (shot.takes.length > 1) {
      card.classList.add('multi');
      const takes = element('div', 'takes');
      takes.setAttribute('role', 'group');
      takes.setAttribute('aria-label', text('preferredTake'));
      shot.takes.forEach(function (take) {
        const figure = takeFigure(shot, take, index);
        takes.appendChild(figure.figure);
        preferButtons.push(figure.radio);
      });
      media.appendChild(takes);
    } else if (shot.takes.length === 1) {
      media.appendChild(takeFigure(shot, shot.takes[0], index).figure);
    } else if (shot.picture) {
      const picture = element('img');
      picture.src = shot.picture;
      picture.alt = text('boardOf', shot.label);
      media.appendChild(picture);
    }
    card.appendChild(media);

    const info = element('div', 'shot-info');
    info.appendChild(title);
    const facts = [];
    if (shot.scene) {
      facts.push(shot.scene);
    }
    facts.push(text('seconds', shot.duration));
    info.appendChild(element('p', 'facts', facts.join(' \u00b7 ')));
    info.appendChild(fieldList(shot));
    if (shot.action.length > 0) {
      info.appendChild(element('h4', 'muted', text('action')));
      const beats = element('ol', 'beats');
      shot.action.forEach(function (beat) {
        beats.appendChild(element('li', '', beat));
      });
      info.appendChild(beats);
    }
    if (shot.dialogue.length > 0) {
      info.appendChild(element('h4', 'muted', text('dialogue')));
      const lines = element('ul', 'dialogue');
      shot.dialogue.forEach(function (line) {
        const item = element('li');
        item.appendChild(element('span', 'speaker', line.speaker));
        item.appendChild(document.createTextNode(': ' + line.line));
        lines.appendChild(item);
      });
      info.appendChild(lines);
    }
    card.appendChild(info);

    const decision = element('div', 'decision');
    decision.setAttribute('role', 'group');
    decision.setAttribute('aria-label', text('decisionFor', shot.label));
    const approve = element('button', 'approve', text('approve'));
    approve.type = 'button';
    approve.setAttribute('aria-keyshortcuts', 'A');
    const changes = element('button', 'changes', text('changes'));
    changes.type = 'button';
    changes.setAttribute('aria-keyshortcuts', 'C');
    approve.addEventListener('click', function () {
      decide(index, 'approved');
    });
    changes.addEventListener('click', function () {
      decide(index, 'changes_requested');
    });
    const label = element('label');
    label.appendChild(element('span', '', text('note')));
    const note = element('textarea');
    note.maxLength = 10000;
    note.placeholder = text('notePlaceholder');
    note.addEventListener('input', function () {
      updateReview(shot, { note: note.value });
    });
    label.appendChild(note);
    decision.appendChild(approve);
    decision.appendChild(changes);
    decision.appendChild(label);
    card.appendChild(decision);

    card.addEventListener('click', function (event) {
      // Clicks on the card's own controls do their job; elsewhere they select the shot.
      if (!event.target.closest('button, input, textarea, video, label')) {
        select(index, true);
      }
    });
    return { root: card, approve: approve, changes: changes, note: note,
      preferButtons: preferButtons.filter(Boolean) };
  }

  function decide(index, decision) {
    const shot = shots[index];
    select(index, false);
    // Pressing the chosen decision again takes it back.
    updateReview(shot, { decision: reviewOf(shot).decision === decision ? '' : decision });
    if (!state.reviewer) {
      askForName();
    }
  }

  function askForName() {
    const input = document.getElementById('reviewer-name');
    input.classList.add('missing');
    showNotice(text('needName'));
  }

  function select(index, seekPlayer) {
    if (index < 0 || index >= shots.length) {
      return;
    }
    cards[current].root.classList.remove('current');
    current = index;
    cards[current].root.classList.add('current');
    document.body.dataset.current = String(current + 1);
    if (seekPlayer) {
      player.seek(index);
    }
  }

  function buildSegments() {
    const bar = document.getElementById('segments');
    bar.setAttribute('aria-label', text('sequence'));
    shots.forEach(function (shot, index) {
      const segment = element('button', 'segment', shot.label);
      segment.type = 'button';
      segment.style.flexGrow = String(player.items[index].duration);
      segment.title = text('shotHeading', shot.label);
      segment.tabIndex = -1; // The arrows move between shots; one tab stop for the bar.
      segment.addEventListener('click', function (event) {
        const box = segment.getBoundingClientRect();
        const fraction = box.width > 0 ? (event.clientX - box.left) / box.width : 0;
        player.seekTime(player.startOf(index) +
          Math.max(0, Math.min(1, fraction)) * player.items[index].duration);
      });
      segments.push(segment);
      bar.appendChild(segment);
    });
  }

  // --- Feedback file ----------------------------------------------------------------------

  function feedbackFileName() {
    // Characters no file system takes, and control characters, become "-".
    const name = Array.from(state.reviewer.trim()).map(function (c) {
      return c < ' ' || '\\/:*?"<>|'.indexOf(c) >= 0 ? '-' : c;
    }).join('').replace(/[-\s]+/g, '-');
    const now = new Date();
    const pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    const date = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    return data.package.file + '.review-' + name + '-' + date + '.json';
  }

  function feedback() {
    return {
      format: 'shotbrief-review-feedback',
      version: 1,
      package: {
        id: data.package.id,
        project: data.package.project,
        file: data.package.file,
        created_at: data.package.created_at
      },
      reviewer: state.reviewer.trim(),
      saved_at: new Date().toISOString(),
      shots: shots.map(function (shot) {
        const review = reviewOf(shot);
        return {
          shot: shot.id,
          label: shot.label,
          revision: shot.revision,
          takes: shot.takes.map(function (take) {
            return take.id;
          }),
          decision: review.decision,
          note: review.note,
          preferred_take: review.preferred_take,
          at: review.at
        };
      })
    };
  }

  function download() {
    if (!state.reviewer.trim()) {
      askForName();
      document.getElementById('reviewer-name').focus();
      return;
    }
    const name = feedbackFileName();
    const blob = new Blob([JSON.stringify(feedback(), null, 2) + '\n'],
      { type: 'application/json' });
    const link = element('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 60000);
    showNotice(text('downloaded', name));
  }

  // --- Keyboard ---------------------------------------------------------------------------

  function isTextField(target) {
    const tag = target && target.tagName;
    return tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT' ||
      Boolean(target && target.isContentEditable);
  }

  function moveBy(step) {
    select(Math.max(0, Math.min(current + step, shots.length - 1)), true);
    cards[current].root.focus();
  }

  const keyActions = {
    ArrowRight: function () { moveBy(1); },
    ArrowDown: function () { moveBy(1); },
    ArrowLeft: function () { moveBy(-1); },
    ArrowUp: function () { moveBy(-1); },
    ' ': function () { player.toggle(); },
    a: function () { decide(current, 'approved'); },
    c: function () { decide(current, 'changes_requested'); }
  };

  function onKey(event) {
    const target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (isTextField(target)) {
      if (event.key === 'Escape') {
        target.blur();
      }
      return;
    }
    // Buttons and videos keep their own Space and arrows.
    if ((target.tagName === 'BUTTON' && event.key === ' ') || target.tagName === 'VIDEO') {
      return;
    }
    const action = keyActions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (action) {
      action();
      event.preventDefault();
    }
  }

  // --- Start ------------------------------------------------------------------------------

  function start() {
    document.querySelectorAll('[data-text]').forEach(function (node) {
      node.textContent = text(node.dataset.text);
    });
    document.querySelectorAll('[data-label]').forEach(function (node) {
      node.setAttribute('aria-label', text(node.dataset.label));
      node.title = text(node.dataset.label);
    });
    document.getElementById('project-title').textContent = data.package.project;
    const made = new Date(data.package.created_at);
    document.getElementById('package-info').textContent = text('packageInfo',
      shots.length, clock(player.total),
      isNaN(made.getTime()) ? data.package.created_at : made.toLocaleString(data.language));

    loadState();
    const nameInput = document.getElementById('reviewer-name');
    nameInput.value = state.reviewer;
    nameInput.placeholder = text('reviewerPlaceholder');
    nameInput.addEventListener('input', function () {
      state.reviewer = nameInput.value;
      if (state.reviewer.trim()) {
        nameInput.classList.remove('missing');
        showNotice('');
      }
      saveState();
    });

    const list = document.getElementById('shot-list');
    buildSegments();
    shots.forEach(function (shot, index) {
      const card = buildCard(shot, index);
      cards.push(card);
      list.appendChild(card.root);
    });
    shots.forEach(showDecision);
    showProgress();
    showStorageNote();

    document.getElementById('play').addEventListener('click', player.toggle);
    document.getElementById('previous').addEventListener('click', function () {
      select(Math.max(current - 1, 0), true);
    });
    document.getElementById('next').addEventListener('click', function () {
      select(Math.min(current + 1, shots.length - 1), true);
    });
    document.getElementById('download').addEventListener('click', download);
    document.addEventListener('keydown', onKey);

    if (shots.length > 0) {
      select(0, false);
      player.start();
    }
    if (!state.reviewer) {
      nameInput.focus();
    }
    document.body.dataset.ready = 'true';
  }

  start();
}());
