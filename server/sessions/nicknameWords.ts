// Word lists for generated nicknames: an adjective and an animal or thing, in English
// and Korean. Kept short and friendly; every combination fits the 24-character limit.

export const NICKNAME_WORDS = {
  en: {
    adjectives: [
      'Brave', 'Calm', 'Clever', 'Cosy', 'Curious', 'Daring', 'Eager', 'Fancy', 'Fast', 'Gentle',
      'Glad', 'Happy', 'Honest', 'Jolly', 'Keen', 'Kind', 'Lively', 'Lucky', 'Mellow', 'Merry',
      'Mighty', 'Nimble', 'Patient', 'Plucky', 'Polite', 'Proud', 'Quick', 'Quiet', 'Rapid', 'Sharp',
      'Shiny', 'Sleepy', 'Steady', 'Sturdy', 'Sunny', 'Swift', 'Tidy', 'Tiny', 'Witty', 'Zesty',
    ],
    nouns: [
      'Otter', 'Badger', 'Falcon', 'Panda', 'Koala', 'Beaver', 'Heron', 'Lynx', 'Marmot', 'Walrus',
      'Penguin', 'Puffin', 'Rabbit', 'Squirrel', 'Tiger', 'Turtle', 'Whale', 'Wombat', 'Yak', 'Zebra',
      'Comet', 'Kettle', 'Lantern', 'Maple', 'Meteor', 'Pebble', 'Pinecone', 'Rocket', 'Teapot', 'Router',
      'Server', 'Cable', 'Switch', 'Kernel', 'Daemon', 'Packet', 'Socket', 'Crane', 'Dolphin', 'Fox',
    ],
  },
  ko: {
    adjectives: [
      '용감한', '차분한', '영리한', '포근한', '궁금한', '대담한', '열정적인', '멋진', '빠른', '상냥한',
      '기쁜', '행복한', '정직한', '유쾌한', '예리한', '친절한', '활기찬', '운좋은', '느긋한', '즐거운',
      '힘센', '날렵한', '참을성있는', '씩씩한', '공손한', '당당한', '재빠른', '조용한', '성실한', '똑똑한',
      '반짝이는', '졸린', '꾸준한', '튼튼한', '화창한', '날쌘', '깔끔한', '작은', '재치있는', '상큼한',
    ],
    nouns: [
      '수달', '오소리', '매', '판다', '코알라', '비버', '왜가리', '스라소니', '마멋', '바다코끼리',
      '펭귄', '퍼핀', '토끼', '다람쥐', '호랑이', '거북이', '고래', '웜뱃', '야크', '얼룩말',
      '혜성', '주전자', '등불', '단풍', '유성', '조약돌', '솔방울', '로켓', '찻주전자', '라우터',
      '서버', '케이블', '스위치', '커널', '데몬', '패킷', '소켓', '두루미', '돌고래', '여우',
    ],
  },
} as const;
