// English phrase material: British and international job-board English.
import type { LanguagePhrases } from './types.ts';

export const en: LanguagePhrases = {
  lang: 'en',
  number: { group: ',', decimal: '.' },
  money: { EUR: '€{n}', GBP: '£{n}', PLN: '{n} PLN', RON: '{n} RON', NOK: '{n} NOK' },
  per: { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year' },
  salary: { range: '{min}–{max} {per}', from: 'from {min} {per}', exact: '{min} {per}' },
  countries: {
    DE: { name: 'Germany', in: 'in Germany', to: 'to Germany' },
    GB: { name: 'United Kingdom', in: 'in the UK', to: 'to the UK' },
    PL: { name: 'Poland', in: 'in Poland', to: 'to Poland' },
    RO: { name: 'Romania', in: 'in Romania', to: 'to Romania' },
    NL: { name: 'Netherlands', in: 'in the Netherlands', to: 'to the Netherlands' },
    BE: { name: 'Belgium', in: 'in Belgium', to: 'to Belgium' },
    NO: { name: 'Norway', in: 'in Norway', to: 'to Norway' },
    IT: { name: 'Italy', in: 'in Italy', to: 'to Italy' },
    ES: { name: 'Spain', in: 'in Spain', to: 'to Spain' },
    AT: { name: 'Austria', in: 'in Austria', to: 'to Austria' },
    FR: { name: 'France', in: 'in France', to: 'to France' },
    IE: { name: 'Ireland', in: 'in Ireland', to: 'to Ireland' },
  },
  vague: [
    { name: 'Abroad', in: 'abroad', to: 'abroad' },
    { name: 'EU', in: 'in the EU', to: 'to the EU' },
    { name: 'Europe', in: 'in Europe', to: 'to Europe' },
  ],
  exonyms: {
    München: 'Munich',
    Köln: 'Cologne',
    Nürnberg: 'Nuremberg',
    'Frankfurt am Main': 'Frankfurt',
    Warszawa: 'Warsaw',
    București: 'Bucharest',
    Wien: 'Vienna',
    Antwerpen: 'Antwerp',
    Milano: 'Milan',
  },
  localLanguage: {
    DE: 'German',
    PL: 'Polish',
    RO: 'Romanian',
    NL: 'Dutch',
    BE: 'Dutch or French',
    NO: 'Norwegian',
    IT: 'Italian',
    ES: 'Spanish',
    AT: 'German',
    FR: 'French',
    GB: 'English',
    IE: 'English',
  },

  ordinary: {
    intros: [
      '{employer} is recruiting for the following position in {city}: {title}.',
      'We are {employer}, and we are looking for our new {title} to join the team in {city}.',
      '{employer} has an opening at our {city} site: {title}.',
      'Position: {title}. Location: {city}. Employer: {employer}.',
      'Our team at {employer} in {city} is growing, and we would like to hear from you if you are an experienced {title}.',
    ],
    tasksHeading: ['Your tasks:', "What you'll do:", 'Responsibilities:', 'The role:'],
    requirementsHeading: ['What we are looking for:', 'Requirements:', 'About you:'],
    offerHeading: ['What we offer:', 'Benefits:', 'In return:'],
    employment: {
      FULL_TIME: [
        'Permanent, full-time contract',
        'Full-time, permanent position',
        'Permanent contract, 37.5 hours a week',
      ],
      PART_TIME: ['Part-time, 20–25 hours per week', 'Part-time contract with flexible shifts'],
      TEMPORARY: ['Temporary contract for the season', 'Fixed-term contract for six months'],
      CONTRACTOR: ['Self-employed, contract basis', 'Freelance contract, long-term'],
    },
    benefits: [
      'Paid annual leave and a company pension',
      'Training and a clear path to progression',
      'Free parking on site',
      'Employee assistance programme',
      'Staff discount scheme',
      'Cycle-to-work scheme',
      'Private health insurance after probation',
      'Paid breaks and overtime paid at a higher rate',
      'Uniform and safety equipment provided',
    ],
    salaryLine: ['Salary: {salary}', 'Pay: {salary}', '{salary}, depending on experience'],
    apply: [
      'Apply online at {website} or send your CV to {email}.',
      'Send your CV and a short cover note to {email}.',
      'To apply, visit {website}/careers or email {email}.',
      'Please apply through our careers page {website}/jobs. Questions: {email}.',
    ],
    applyPhone: ['Questions about the role? Call {phone}.', 'For an informal chat call {phone}.'],
    innocent: {
      'req.no_experience': [
        'No experience needed – full training is provided.',
        'No previous experience required; we will train you.',
        'Experience is not essential, a positive attitude is.',
      ],
      urgency: [
        'Immediate start available.',
        'Urgently required – interviews this week.',
        'We are looking to fill this position urgently.',
      ],
      'contact.messenger_only': [
        'Call or WhatsApp {phone} for a chat.',
        'Send us a WhatsApp on {phone} and we will get back to you.',
      ],
      'req.no_language': [
        '{local_language} is not required – the team works in English.',
        'No {local_language} needed; our working language is English.',
      ],
    },
  },

  roles: [
    {
      key: 'nurse',
      sector: 'healthcare',
      titles: ['Registered Nurse', 'Staff Nurse – Surgical Ward', 'Registered Nurse (Nights)'],
      duties: [
        'Plan and deliver safe, person-centred care to a caseload of patients',
        'Administer medication and keep accurate clinical records',
        'Work with doctors, therapists and families on discharge planning',
        'Support and mentor student nurses and healthcare assistants',
      ],
      requirements: [
        'Registration with the nursing regulator',
        'Good communication skills and a caring attitude',
        'Experience on a busy ward is an advantage',
      ],
      refMonthlyEur: [3400, 4200],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'software-developer',
      sector: 'it',
      titles: [
        'Software Developer',
        'Backend Engineer (TypeScript)',
        'Senior Java Developer',
        'Frontend Developer (React)',
      ],
      duties: [
        'Design, build and maintain services used by thousands of customers',
        'Review code and share knowledge within a small product team',
        'Write automated tests and take part in on-call rotation during working hours',
        'Work with product managers to turn requirements into working software',
      ],
      requirements: [
        'At least three years of professional development experience',
        'Solid knowledge of relational databases and REST APIs',
        'Experience with Git, CI pipelines and cloud platforms',
        'Good written English',
      ],
      refMonthlyEur: [4500, 6500],
      period: 'year',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_language'],
    },
    {
      key: 'accountant',
      sector: 'finance',
      titles: ['Accountant', 'Assistant Accountant', 'Accounts Payable Specialist'],
      duties: [
        'Prepare monthly management accounts and reconciliations',
        'Process supplier invoices and payment runs',
        'Support the year-end audit and VAT returns',
        'Maintain the fixed asset register',
      ],
      requirements: [
        'Part-qualified or qualified accountant',
        'Strong Excel skills and attention to detail',
        'Experience with an ERP system such as SAP or Sage',
      ],
      refMonthlyEur: [3300, 4300],
      period: 'year',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_language'],
    },
    {
      key: 'warehouse-operative',
      sector: 'warehouse',
      titles: ['Warehouse Operative', 'Picker Packer', 'Warehouse Team Member (Days)'],
      duties: [
        'Pick and pack customer orders using a handheld scanner',
        'Load and unload deliveries and check stock against paperwork',
        'Keep your work area clean and safe',
      ],
      requirements: [
        'Able to stand and lift for most of the shift',
        'Reliable and punctual',
        'A forklift licence is an advantage but not required',
      ],
      refMonthlyEur: [2200, 2500],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'driver',
      sector: 'transport',
      titles: ['HGV Class 1 Driver', 'Class 2 Delivery Driver', 'Multi-drop Van Driver'],
      duties: [
        'Deliver goods to stores and customers on planned routes',
        'Carry out daily vehicle checks and report defects',
        'Complete delivery paperwork and handheld records accurately',
      ],
      requirements: [
        'Valid licence for the vehicle class with a driver qualification card',
        'A clean driving record',
        'Good knowledge of the local area',
      ],
      refMonthlyEur: [2700, 3200],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'chef',
      sector: 'hospitality',
      titles: ['Chef de Partie', 'Sous Chef', 'Commis Chef'],
      duties: [
        'Prepare dishes to our standards during busy services',
        'Run your section and keep it stocked and spotless',
        'Follow food safety and allergen procedures',
      ],
      requirements: [
        'Experience in a fresh-food kitchen',
        'Food hygiene certificate',
        'Calm under pressure and a good team player',
      ],
      refMonthlyEur: [2500, 3100],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'electrician',
      sector: 'construction',
      titles: ['Electrician', 'Approved Electrician', 'Maintenance Electrician'],
      duties: [
        'Install and test wiring, lighting and distribution boards',
        'Find and fix faults on domestic and commercial jobs',
        'Complete certificates and test sheets',
      ],
      requirements: ['Recognised electrical qualification', 'Full driving licence', 'Own hand tools'],
      refMonthlyEur: [3200, 4000],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'sales',
      sector: 'sales',
      titles: ['Field Sales Executive', 'Business Development Manager', 'Inside Sales Representative'],
      duties: [
        'Build relationships with new and existing business customers',
        'Prepare quotes and follow up on leads from the marketing team',
        'Keep the CRM up to date and report on your pipeline',
      ],
      requirements: [
        'Proven track record in B2B sales',
        'Confident communicator on the phone and face to face',
        'Full driving licence for field roles',
      ],
      refMonthlyEur: [3000, 4200],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'teacher',
      sector: 'education',
      titles: ['English Teacher', 'Teacher of Mathematics', 'Primary Teacher'],
      duties: [
        'Plan and teach engaging lessons for mixed-ability groups',
        'Assess progress and give regular feedback to students and parents',
        'Contribute to school events and professional development',
      ],
      requirements: [
        'A degree and a recognised teaching qualification',
        'Classroom experience',
        'Patience and enthusiasm',
      ],
      refMonthlyEur: [3500, 4500],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'cleaner',
      sector: 'cleaning',
      titles: ['Office Cleaner', 'Cleaning Operative (Evenings)', 'Domestic Cleaner'],
      duties: [
        'Clean offices, kitchens and washrooms to a high standard',
        'Empty bins and restock supplies',
        'Report any damage or maintenance issues',
      ],
      requirements: [
        'Reliable and trustworthy',
        'Able to work evenings',
        'Previous cleaning experience is helpful',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['req.no_experience', 'contact.messenger_only'],
    },
    {
      key: 'harvest-worker',
      sector: 'agriculture',
      titles: ['Seasonal Fruit Picker', 'Farm Worker – Asparagus Season', 'Packhouse Operative (Seasonal)'],
      duties: [
        'Pick and grade fruit and vegetables to quality standards',
        'Pack produce in the packhouse when it rains',
        'Follow hygiene and safety rules on the farm',
      ],
      requirements: [
        'Happy to work outdoors in all weathers',
        'Good physical fitness',
        'Available for the whole season',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'TEMPORARY',
      innocent: ['req.no_experience'],
    },
    {
      key: 'care-assistant',
      sector: 'healthcare',
      titles: ['Care Assistant', 'Senior Carer', 'Home Care Worker'],
      duties: [
        'Help residents with personal care, meals and activities',
        'Record care notes and report changes to the nurse in charge',
        'Treat everyone with dignity and respect',
      ],
      requirements: ['A caring nature', 'Willingness to complete care training', 'Enhanced background check'],
      refMonthlyEur: [2300, 2700],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'customer-service',
      sector: 'customer-service',
      titles: [
        'Customer Service Advisor',
        'Customer Support Specialist with German',
        'Technical Support Agent (English)',
      ],
      duties: [
        'Answer customer calls, emails and chats',
        'Solve order, billing and account questions at the first contact',
        'Log cases accurately and pass complex issues to second-line teams',
      ],
      requirements: [
        'Excellent spoken and written English',
        'Good computer skills',
        'Customer-focused attitude',
      ],
      refMonthlyEur: [2400, 2900],
      period: 'year',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_language', 'req.no_experience'],
    },
    {
      key: 'bar-staff',
      sector: 'hospitality',
      titles: ['Barista', 'Bar Staff', 'Waiter / Waitress'],
      duties: [
        'Serve drinks and food with a smile',
        'Take orders and handle payments',
        'Keep the bar and seating area clean',
      ],
      requirements: ['Friendly and outgoing', 'Available evenings and weekends', 'Experience is a plus'],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['urgency', 'req.no_experience'],
    },
    {
      key: 'plumber',
      sector: 'construction',
      titles: ['Plumber', 'Plumbing and Heating Engineer', 'Gas Engineer'],
      duties: [
        'Install and repair boilers, radiators and bathrooms',
        'Attend breakdown calls for private and commercial customers',
        'Give customers clear advice and quotes',
      ],
      requirements: [
        'Relevant plumbing qualification',
        'Full driving licence',
        'At least two years of experience',
      ],
      refMonthlyEur: [3200, 4000],
      period: 'day',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'data-analyst',
      sector: 'it',
      titles: ['Data Analyst', 'BI Analyst', 'Junior Data Analyst'],
      duties: [
        'Build dashboards and reports for business teams',
        'Clean and model data from several internal systems',
        'Explain findings clearly to non-technical colleagues',
      ],
      requirements: ['Strong SQL', 'Experience with a BI tool', 'Python or R is a plus'],
      refMonthlyEur: [4000, 5500],
      period: 'year',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_language'],
    },
    {
      key: 'receptionist',
      sector: 'office',
      titles: ['Receptionist', 'Office Administrator', 'Front Desk Coordinator'],
      duties: [
        'Welcome visitors and answer the phone',
        'Manage meeting rooms and post',
        'Support the office manager with admin',
      ],
      requirements: ['Well organised', 'Good Microsoft Office skills', 'Professional manner'],
      refMonthlyEur: [2300, 2800],
      period: 'year',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'retail-assistant',
      sector: 'retail',
      titles: ['Retail Assistant', 'Sales Assistant (Part-time)', 'Retail Trainee'],
      duties: [
        'Serve customers and operate the till',
        'Replenish shelves and keep the shop tidy',
        'Help with deliveries and stock counts',
      ],
      requirements: ['Good communication', 'Flexible availability including weekends', 'Team player'],
      refMonthlyEur: [2100, 2400],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'mechanic',
      sector: 'automotive',
      titles: ['Vehicle Technician', 'Mechanic', 'MOT Tester'],
      duties: [
        'Service and repair cars and light vans',
        'Diagnose faults with modern equipment',
        'Keep accurate job cards',
      ],
      requirements: ['Recognised motor vehicle qualification', 'Experience in a busy workshop', 'Own tools'],
      refMonthlyEur: [2900, 3600],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'forklift-driver',
      sector: 'warehouse',
      titles: ['Forklift Driver (Counterbalance)', 'Reach Truck Driver'],
      duties: [
        'Move pallets safely around the warehouse',
        'Load and unload trailers',
        'Carry out pre-use checks on your truck',
      ],
      requirements: ['Valid forklift licence', 'Experience in a busy warehouse', 'Good attention to safety'],
      refMonthlyEur: [2400, 2800],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
  ],

  risky: {
    scenarios: {
      'harvest-abroad': {
        titles: [
          'Fruit picking {in_country} – accommodation provided',
          'Farm work {in_country} for the season',
          'Seasonal workers needed {in_country}',
          'Strawberry picking {in_country}',
        ],
        openings: [
          'We are recruiting men and women for fruit and vegetable picking {in_country}.',
          'Seasonal work on farms {in_country} – picking strawberries, apples and vegetables.',
          'Harvest work {in_country} for the whole season, groups and couples welcome.',
        ],
      },
      'factory-abroad': {
        titles: [
          'Factory work {in_country}',
          'Warehouse and production jobs {in_country}',
          'Packing work {in_country}',
        ],
        openings: [
          'Jobs {in_country} in food factories and warehouses – packing, sorting, production line.',
          'We have many places in a meat processing plant {in_country}.',
          'Production and packing work {in_country}, day and night shifts.',
        ],
      },
      'fee-agency': {
        titles: [
          'Work {in_country} – jobs for everyone',
          'Jobs abroad, we find work for you',
          'Work {in_country} – fast placement',
        ],
        openings: [
          'Our agency finds you a job {in_country} – construction, factories, hotels or farms, whatever is available.',
          'Jobs {in_country} for all: factory, building sites, cleaning, hotels. We find you work fast.',
          'Various jobs {in_country}, men and women, any age.',
        ],
      },
      'hostess-abroad': {
        titles: [
          'Hostess / dancer wanted {in_country}',
          'Girls for club work {in_country}',
          'Models and hostesses for nightclub {in_country}',
        ],
        openings: [
          'A nightclub {in_country} is looking for hostesses and dancers.',
          'Well-paid work {in_country} for girls as hostesses in an exclusive club.',
          'We are looking for dancers and hostesses for bars and clubs {in_country}.',
        ],
      },
      'passport-first': {
        titles: [
          'Construction workers needed {in_country}',
          'Warehouse jobs {in_country} – travel arranged',
          'Labourers for building sites {in_country}',
        ],
        openings: [
          'We need labourers and helpers for building sites {in_country}.',
          'Work {in_country} in warehouses and on building sites.',
          'General workers wanted {in_country} for long-term projects.',
        ],
      },
      'domestic-abroad': {
        titles: [
          'Live-in nanny {in_country}',
          'Housekeeper for a family {in_country}',
          'Carer for an elderly lady {in_country}',
        ],
        openings: [
          'A family {in_country} is looking for a live-in nanny to look after two children and keep the house.',
          'Housekeeper wanted for a private household {in_country}: cleaning, cooking, ironing.',
          'Looking for a woman to care for an elderly person {in_country}.',
        ],
      },
      'massage-abroad': {
        titles: [
          'Massage therapists wanted {in_country}',
          'Spa and massage work {in_country}',
          'Girls for massage salon {in_country}',
        ],
        openings: [
          'A massage salon {in_country} is looking for new girls.',
          'Work in a wellness and massage studio {in_country}. No certificate needed, we teach you.',
          'We are hiring masseuses for a private salon {in_country}, no qualifications necessary.',
        ],
      },
      'cash-no-contract': {
        titles: [
          'Building helpers needed – start tomorrow',
          'Car wash workers wanted',
          'Labourers wanted, daily pay',
        ],
        openings: [
          'We need helpers for building work, demolition and site clearing in {place}.',
          'Car wash staff needed in {place} – hand washing and valeting.',
          'Looking for workers for renovation jobs around {place}.',
        ],
      },
      'live-in-long-hours': {
        titles: [
          'Kitchen porter with accommodation',
          'Food factory workers – live on site',
          'Restaurant staff, room provided',
        ],
        openings: [
          'Busy restaurant in {place} needs kitchen porters and kitchen helpers.',
          'Food factory near {place} needs workers for the production line.',
          'Hotel and restaurant in {place} is looking for all-round staff.',
        ],
      },
      'too-good-pay': {
        titles: [
          'Easy work, very high pay',
          'Earn big money – anyone can do it',
          'Simple job, great earnings',
        ],
        openings: [
          'Simple work, no special skills, very high earnings.',
          'We are looking for people who want to earn good money fast. All kinds of tasks.',
          'Easy job for motivated people, details by message.',
        ],
      },
      'season-end-pay': {
        titles: [
          'Apple picking – season work',
          'Strawberry season – pickers needed',
          'Vegetable farm needs season workers',
        ],
        openings: [
          'Pickers wanted for the whole season on a farm near {place}.',
          'Fruit farm near {place} needs people for the harvest from May to September.',
          'Season work on a vegetable farm close to {place}.',
        ],
      },
    },
    indicators: {
      'travel.paid': [
        'Travel is paid by us.',
        'We arrange and pay for your transport.',
        'Free bus to the workplace.',
        'Tickets and transport arranged – you just come.',
      ],
      'housing.provided': [
        'Accommodation provided.',
        'Shared rooms in a house near the workplace.',
        'We provide housing, 2–4 people per room.',
        'Accommodation arranged by us.',
      ],
      'housing.live_in': [
        'You live on site with the employer.',
        'Room at the workplace, you must live there.',
        'Live-in position – room and board in the house.',
      ],
      'pay.deductions': [
        'Accommodation and transport are deducted from wages.',
        'Rent is taken from your pay every week.',
        'Housing, food and travel are deducted from the salary.',
        'The cost of accommodation comes directly out of your wages.',
      ],
      'pay.too_good': [
        'Earnings up to {salary}!!!',
        'You can earn {salary} from the first month.',
        'Very high pay: {salary}.',
      ],
      'pay.unusual_method': [
        'Salary paid at the end of the season.',
        'Payment in cash every week.',
        'Wages are paid after the first 3 months.',
        'Pay is held until the end of the contract.',
      ],
      'debt.travel_advance': [
        'We pay the flight in advance, you pay it back from your first salary.',
        'Travel costs are advanced and repaid from your wages.',
        'We cover the ticket and you return the money from the first pay.',
      ],
      'legal.status_promised': [
        'We arrange your work permit and residence card.',
        'Work visa and all documents arranged by us.',
        'Legal stay and work permit guaranteed.',
      ],
      'hours.excessive': [
        '12-hour shifts, 7 days a week.',
        'Work 6–7 days a week, 10–12 hours a day.',
        'No days off during the season.',
        'Must be available 24/7.',
      ],
      'req.no_experience': [
        'No experience needed.',
        'No qualifications or experience required.',
        'Experience not necessary.',
      ],
      'req.no_language': [
        'No language skills needed.',
        'Knowledge of {dest_language} not required.',
        "You don't need to speak {dest_language}.",
      ],
      'req.no_contract': [
        'No interview needed, start tomorrow.',
        'No contract needed – you can start straight away.',
        'No paperwork, no interview, just come.',
      ],
      'req.age_appearance': [
        'Girls {age_min}–{age_max} years, slim and attractive.',
        'Age {age_min}–{age_max}, good figure and nice appearance required.',
        'We are looking for pretty girls aged {age_min}–{age_max}.',
      ],
      'docs.personal_data': [
        'Send recent photos (face and full length) to apply.',
        'Send your photo, ID number and bank account details to register.',
        'Include a full-body photo with your message.',
      ],
      'docs.passport_upfront': [
        'Send a copy of your passport to apply.',
        'To apply send a scan of your passport or ID card.',
        'Passport copy required with your application.',
      ],
      'fee.recruitment': [
        'Registration fee {fee}, paid before departure.',
        'One-off administration fee of {fee} for the documents.',
        'A deposit of {fee} secures your place.',
        'Placement fee: {fee}, refunded after 3 months.',
      ],
      urgency: [
        'URGENT!!! Only a few places left.',
        'Departure this week – hurry!',
        'Immediate start, places are limited.',
      ],
      easy_money: [
        'Work from your phone and earn money without any skills.',
        'Be your own boss – easy money from home.',
        'Simple copy-paste tasks, paid every day.',
      ],
      'contact.messenger_only': [
        'Contact only via WhatsApp: {phone}.',
        'WhatsApp {phone} – no calls, messages only.',
        'Write on Telegram {telegram} or WhatsApp {phone}.',
        'Send a message on WhatsApp {phone}.',
      ],
      'contact.freemail': [
        'Send your CV to {email}.',
        'Applications: {email}',
        'Email us at {email} with your details.',
      ],
    },
    payLines: ['Pay: {salary}.', 'Salary {salary}.', 'Wages: {salary}.'],
    placeLines: ['Place of work: {place}.', 'Location: {place}.'],
    contactLines: ['Call {phone}.', 'Phone: {phone}'],
    closings: ['Call now!', 'We look forward to hearing from you.', 'Serious people only.'],
    shadyEmployers: [
      'Euro Jobs Team',
      'Best Work Agency',
      'Global Recruitment Partners',
      'EU Work Solutions',
    ],
    mailboxes: ['jobs.abroad', 'work.europe', 'recruit.team', 'best.jobs', 'euwork.agency'],
    freemailDomains: ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'],
    telegramHandles: ['@eurojobs_team', '@work_abroad_now', '@jobs_recruit24'],
  },

  hardNegatives: {
    'hotel-housing': {
      titles: [
        'Hotel Receptionist – staff accommodation available',
        'Commis Chef with staff housing',
        'Housekeeping Attendant – staff rooms available',
      ],
      paragraphs: [
        [
          '{employer} runs hotels in several cities and is hiring for our property in {city}.',
          'Join the team at {employer} in {city}.',
        ],
        [
          'You get a written employment contract and {salary}, paid monthly by bank transfer. If you are relocating, subsidised single rooms in our staff house are available; the rent is agreed in writing in advance and taking a room is optional.',
          'Staff accommodation is available close to the hotel at a fixed, subsidised rent stated in your contract, and you are free to live elsewhere. Pay: {salary}.',
        ],
        [
          'Full training, paid holiday and a 40-hour week with two consecutive days off.',
          'Rotas are published two weeks ahead; overtime is voluntary and paid.',
        ],
        [
          'Apply at {website} or email {email}. We never ask candidates for fees or payments of any kind.',
          'Apply via {website}/careers. Questions: {email}.',
        ],
      ],
    },
    'seasonal-licensed': {
      titles: [
        'Seasonal Farm Workers – {country}, licensed employer',
        'Soft Fruit Pickers {in_country} – contract before travel',
      ],
      paragraphs: [
        [
          '{employer} is a family-run grower in {region}, {country}, registered as a licensed labour provider (licence {licence_no}). We are recruiting seasonal workers for the picking season.',
        ],
        [
          'You sign a written contract in your own language before you travel. Pay is {salary}, never below the legal minimum wage, paid weekly into your bank account with a payslip.',
        ],
        ['Return travel is booked and paid by us. Accommodation on the farm is provided free of charge.'],
        [
          'No fees are charged to workers at any stage. Apply at {website} or email {email}.',
          'We charge workers no fees of any kind. Apply online at {website}.',
        ],
      ],
    },
    'agency-no-fees': {
      titles: [
        'Production Operatives {in_country} – licensed agency',
        'Warehouse Work {in_country} through a licensed agency',
      ],
      paragraphs: [
        [
          '{employer} is a licensed employment agency (registration no. {licence_no}) recruiting production and warehouse staff for our client in {city}, {country}.',
        ],
        [
          'We never charge candidates any fees – not for registration, placement, travel or documents. Charging jobseekers is illegal, and we report anyone who asks you to pay in our name.',
        ],
        [
          'You receive your contract before departure. Pay: {salary}. Accommodation can be arranged if you want it; the rent is stated in the contract and you may find your own.',
        ],
        ['Apply at {website} or call our office on {landline}.'],
      ],
    },
    'au-pair-registered': {
      titles: ['Au Pair {in_country} – registered programme', 'Au Pair Programme – {country}'],
      paragraphs: [
        [
          '{employer} is a registered au pair agency placing young people with vetted host families {in_country}.',
        ],
        [
          'Au pairs live with the family, help with childcare for up to 30 hours a week, have their own room, two days off a week and pocket money of {salary}.',
        ],
        [
          'You sign a written agreement with the host family before arrival; we arrange insurance, a contribution to your language course and a local coordinator you can contact at any time.',
        ],
        ['Au pairs pay no placement fee. Apply at {website}.'],
      ],
    },
    'construction-travel': {
      titles: [
        'Carpenters and Steel Fixers for projects {in_country}',
        'Electricians – site work {in_country}, travel paid',
      ],
      paragraphs: [
        [
          '{employer}, an established construction company, is recruiting skilled tradespeople for commercial projects in {city}, {country}.',
        ],
        ['Written employment contract, {salary}, overtime paid at premium rates, 40-hour week.'],
        [
          'Travel home every six weeks is paid by the company, and accommodation near the site is provided free of charge in single rooms.',
        ],
        [
          'Trade qualifications and three years of experience are required. Apply with your CV at {website} or {email}.',
        ],
      ],
    },
    'care-registered': {
      titles: [
        'Live-in Carer {in_country} – registered agency',
        'Elderly care {in_country}, assignments of 2–3 months',
      ],
      paragraphs: [
        ['{employer} is a registered care agency placing live-in carers with families {in_country}.'],
        [
          "You live in the client's home with your own room. Written contract, {salary}, social insurance paid, daily rest and a free day every week.",
        ],
        ['Travel {to_country} and back is organised and paid by us. We charge carers no fees.'],
        ['Basic {dest_language} is helpful. Apply at {website} or call {landline}.'],
      ],
    },
  },
};
