/**
 * Every cell of the seed plans that holds a percentage, a quantity word or a number, with the
 * targets read by hand: [where (seed file:line), the cell as it stands, [[normalised, metric], …]].
 * An empty list means the cell must yield no target (document numbers, dates, "4 cấp chính quyền",
 * list numbering, "tỉ lệ %" without a number, targets stated in words only).
 * Cells cut mid-word at a page break are kept as they are: that is the data.
 */
export type SeedCell = readonly [at: string, cell: string, targets: ReadonlyArray<readonly [normalised: string, metric: string]>];

/** Seed file of each "at" prefix. */
export const SEED_FILES: Readonly<Record<string, string>> = {
  '000': '000-appendix.txt',
  '002': '002-two-row-header.txt',
  '003': '003-markdown.txt',
};

/** 000-appendix.txt, last column "Kết quả/sản phẩm". */
export const APPENDIX_000: readonly SeedCell[] = [
  ['000:9', '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành', [['≥ 100%', 'nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành']]],
  // The zero-padded count is the target; "có" stays in the metric because it is not at its end.
  ['000:13', 'Mỗi cơ quan, đơn vị, địa phương có ít nhất 01 sáng kiến hoặc giải pháp mới trong CCHC được áp dụng có hiệu quả.', [['≥ 1', 'Mỗi cơ quan, đơn vị, địa phương có sáng kiến hoặc giải pháp mới trong CCHC được áp dụng có hiệu quả']]],
  ['000:14', '100% nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao hoàn thành đúng tiến độ', [['≥ 100%', 'nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao hoàn thành đúng tiến độ']]],
  ['000:19', '100% văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị được xử lý đúng quy định', [['≥ 100%', 'văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị được xử lý đúng quy định']]],
  ['000:23', '100% Trang thông tin điện tử của UBND cấp huyện, cấp xã công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền giải quyết', [['≥ 100%', 'Trang thông tin điện tử của UBND cấp huyện, cấp xã công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền giải quyết']]],
  ['000:24', '100% TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa các cấp', [['≥ 100%', 'TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa các cấp']]],
  ['000:26', 'Bảo đảm 100% hồ sơ TTHC do cơ quan hành chính các cấp tại tỉnh tiếp nhận, giải quyết được công khai trên Hệ thống thông tin giải quyết TTHC của tỉnh', [['≥ 100%', 'hồ sơ TTHC do cơ quan hành chính các cấp tại tỉnh tiếp nhận, giải quyết được công khai trên Hệ thống thông tin giải quyết TTHC của tỉnh']]],
  ['000:27', 'Bảo đảm 100% TTHC thuộc thẩm quyền quản lý, giải quyết của tỉnh thực hiện tiếp nhận, giải quyết tại Bộ phận một cửa các cấp', [['≥ 100%', 'TTHC thuộc thẩm quyền quản lý, giải quyết của tỉnh thực hiện tiếp nhận, giải quyết tại Bộ phận một cửa các cấp']]],
  ['000:31', 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%', [['> 99%', 'tỷ lệ hồ sơ giải quyết đúng hạn']]],
  ['000:32', 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%', [['> 99%', 'tỷ lệ hồ sơ giải quyết đúng hạn']]],
  ['000:34', '100% số PAKN của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh được xử lý kịp thời, đầy đủ theo quy định', [['≥ 100%', 'số PAKN của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh được xử lý kịp thời, đầy đủ theo quy định']]],
  ['000:37', '100% cơ quan, đơn vị, địa phương đảm bảo cơ cấu số lượng lãnh đạo theo quy định', [['≥ 100%', 'cơ quan, đơn vị, địa phương đảm bảo cơ cấu số lượng lãnh đạo theo quy định']]],
  // A decrease against a baseline year.
  ['000:38', 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021', [['giảm ≥ 3% so với 2021', 'Số lượng đơn vị sự nghiệp công lập']]],
  // Document numbers and dates only (04/NQ-CP, 10/01/2022, 2233/QĐ-UBND).
  ['000:43', 'định tại Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ và các quy định khác của Chính phủ, các bộ, ngành về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước theo ngành, lĩnh vực; Quyết định số 2233/QĐ-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh về việc phê duyệt Đề án đẩy mạnh phân cấp quản lý nhà nước trên địa bàn tỉnh Lạng Sơn', []],
  ['000:47', '<ul style="list-style-type: none"> - Các cơ quan, đơn vị, địa phương tỉnh phải bố trí công chức theo vị trí việc làm và tiêu chuẩn ngạch công chức tương ứng với bản mô tả công việc, khung năng lực của từng vị trí. - 100% cơ quan, tổ chức hoàn thành Bản mô tả công việc/Danh mục vị trí việc làm và Khung năng lực cho từng', [['≥ 100%', 'cơ quan, tổ chức hoàn thành Bản mô tả công việc/Danh mục vị trí việc làm và Khung năng lực cho từng']]],
  ['000:50', 'vị trí việc làm. - 100% công chức, viên chức được bố trí đúng vị trí việc làm', [['≥ 100%', 'công chức, viên chức được bố trí đúng vị trí việc làm']]],
  ['000:52', '100% các chức danh lãnh đạo quản lý được bổ nhiệm đúng quy định', [['≥ 100%', 'các chức danh lãnh đạo quản lý được bổ nhiệm đúng quy định']]],
  // "không có … bị kỷ luật" is a zero target in words, without a numeral: not read.
  ['000:53', 'Đảm bảo trong năm 2024 không có lãnh đạo tỉnh, lãnh đạo sở, ban, ngành, các huyện, thành phố và lãnh đạo cấp Phòng bị kỷ luật', []],
  ['000:54', 'Bảo đảm 100% Cán bộ, công chức cấp xã đáp ứng các tiêu chuẩn về tuổi, trình độ lý luận chính trị, trình độ học vấn và chuyên môn nghiệp vụ theo các quy định của Đảng, Chính phủ, Bộ Nội vụ và các tiêu chuẩn do các tổ chức đoàn thể, chính trị - xã hội quy định đối với từng chức danh cụ thể', [['≥ 100%', 'Cán bộ, công chức cấp xã đáp ứng các tiêu chuẩn về tuổi, trình độ lý luận chính trị, trình độ học vấn và chuyên môn nghiệp vụ theo các quy định của Đảng, Chính phủ, Bộ Nội vụ và các tiêu chuẩn do các tổ chức đoàn thể, chính trị - xã hội quy định đối với từng chức danh cụ thể']]],
  ['000:57', '- Thực hiện tốt nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 theo Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh.', []],
  // "trong 2 năm gần nhất" is a period, not a target.
  ['000:62', '- Thực hiện tối thiểu 80% các kết luận thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách của cơ quan có thẩm quyền tại tỉnh trong 2 năm gần nhất.', [['≥ 80%', 'Thực hiện các kết luận thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách của cơ quan có thẩm quyền tại tỉnh trong 2 năm gần nhất']]],
  // "khoản 2 Điều 23".
  ['000:64', 'Thực hiện theo quy định tại khoản 2 Điều 23 Luật Quản lý, sử dụng tài sản công', []],
  ['000:67', 'Thực hiện theo quy định tại Nghị định số 167/2017/NĐ-CP, Nghị định số 67/2021/NĐ-CP và các văn bản hướng dẫn thi hành', []],
  // Two counts in one sentence, each with its own metric.
  ['000:71', '- Trong năm 2024 có ít nhất 01 ĐVSNCL được giao tự chủ ở mức tự đảm bảo chi thường xuyên và ít nhất 01 đơn vị sự nghiệp công lập được giao tự chủ ở mức tự đảm bảo một phần chi thường xuyên', [['≥ 1', 'ĐVSNCL được giao tự chủ ở mức tự đảm bảo chi thường xuyên'], ['≥ 1', 'đơn vị sự nghiệp công lập được giao tự chủ ở mức tự đảm bảo một phần chi thường xuyên']]],
  // 100% of the offices must each reach the rate: both numbers are read, the counted things end where "tỷ lệ" starts.
  ['000:75', 'Bảo đảm 100% các sở, ngành và tương đương có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 80% trở lên; 100% các xã, phường, thị trấn có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 70% trở lên.', [['≥ 100%', 'các sở, ngành và tương đương'], ['≥ 80%', 'tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng'], ['≥ 100%', 'các xã, phường, thị trấn'], ['≥ 70%', 'tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng']]],
  // "4 cấp chính quyền".
  ['000:76', 'Bảo đảm 100% sở, ngành, UBND cấp huyện, UBND cấp xã đã thực hiện kết nối', [['≥ 100%', 'sở, ngành, UBND cấp huyện, UBND cấp xã đã thực hiện kết nối']]],
  // "Tỷ lệ đạt 100%" and "Đạt tỷ lệ tối thiểu 90%": the only words naming the measure are "tỷ lệ".
  ['000:79', 'Tỷ lệ đạt 100%', [['≥ 100%', 'Tỷ lệ']]],
  ['000:83', 'Tỷ lệ đạt 100%', [['≥ 100%', 'Tỷ lệ']]],
  ['000:84', 'Tỷ lệ đạt 100%', [['≥ 100%', 'Tỷ lệ']]],
  ['000:85', 'Đạt tỷ lệ tối thiểu 90%', [['≥ 90%', 'tỷ lệ']]],
  ['000:86', 'Đạt tỷ lệ tối thiểu 80%', [['≥ 80%', 'tỷ lệ']]],
  ['000:88', 'Đạt tỷ lệ tối thiểu 90%', [['≥ 90%', 'tỷ lệ']]],
  ['000:92', 'Đạt tỷ lệ tối thiểu 60%', [['≥ 60%', 'tỷ lệ']]],
  ['000:93', 'Đạt tỷ lệ tối thiểu 50%', [['≥ 50%', 'tỷ lệ']]],
  ['000:95', 'Hoàn thành 100% các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2024', [['≥ 100%', 'Hoàn thành các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2024']]],
  // A ceiling stated in words (the assigned staffing), with no number: not read.
  ['000:39', 'Bảo đảm sử dụng không vượt quá số lượng biên chế, người làm việc được giao', []],
  // A URL's dots and digits.
  ['000:66', 'Thực hiện rà soát, chuẩn hóa, cập nhật đầy đủ, kịp thời số liệu vào Cơ sở dữ liệu quốc gia về tài sản công tại địa chỉ http://qltsc.mof.gov.vn theo hướng dẫn của Bộ Tài chính và Sở Tài chính', []],
  // "Giảm dần" / "tăng dần" without a number.
  ['000:68', '- Giảm dần số lượng các ĐVSNCL do ngân sách nhà nước bảo đảm toàn bộ chi thường xuyên, tăng dần số lượng các đơn vị tự chủ tự bảo đảm chi thường xuyên và bảo đảm một phần chi thường xuyên, góp phần giảm chi trực tiếp ngân sách nhà nước cho đơn vị sự nghiệp', []],
];

/** 002-two-row-header.txt, column 3 "Yêu cầu năm 2024 (theo yêu cầu tối thiểu của Chỉ số CCHC)". */
export const TWO_ROW_HEADER_002: readonly SeedCell[] = [
  ['002:93', 'Tối thiểu 01 sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng', [['≥ 1', 'sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng']]],
  ['002:94', 'Hoàn thành 100% Kế hoạch', [['≥ 100%', 'Hoàn thành Kế hoạch']]],
  ['002:95', '100% số vấn đề sau kiểm tra được xử lý hoặc kiến nghị xử lý kịp thời', [['≥ 100%', 'số vấn đề sau kiểm tra được xử lý hoặc kiến nghị xử lý kịp thời']]],
  ['002:96', 'Hoàn thành 100% nhiệm vụ được giao', [['≥ 100%', 'Hoàn thành nhiệm vụ được giao']]],
  ['002:100', 'Tổ chức tham gia tập huấn đảm bảo 100% các lớp tổ chức', [['≥ 100%', 'Tổ chức tham gia tập huấn các lớp tổ chức']]],
  ['002:101', 'Tổ chức tối thiểu 01 cuộc đối thoại giữa lãnh đạo xã với người dân', [['≥ 1', 'Tổ chức cuộc đối thoại giữa lãnh đạo xã với người dân']]],
  ['002:110', 'Đạt 100% số văn bản đã xử lý/kiến nghị xử lý', [['≥ 100%', 'số văn bản đã xử lý/kiến nghị xử lý']]],
  ['002:113', '100% TTHC thuộc thẩm quyền của 2 cấp chính quyền được công khai trên Cổng thông tin điện tử', [['≥ 100%', 'TTHC thuộc thẩm quyền của 2 cấp chính quyền được công khai trên Cổng thông tin điện tử']]],
  ['002:114', 'Công khai 100% tiến độ, kết quả giải quyết TTHC thuộc 3 cấp chính quyền trên Hệ thống thông tin giải quyết TTHC của tỉnh, Cổng dịch vụ công quốc gia', [['≥ 100%', 'Công khai tiến độ, kết quả giải quyết TTHC thuộc 3 cấp chính quyền trên Hệ thống thông tin giải quyết TTHC của tỉnh, Cổng dịch vụ công quốc gia']]],
  ['002:115', '100% TTHC thuộc thẩm quyền giải quyết được công khai tại nơi giải quyết TTHC theo quy định', [['≥ 100%', 'TTHC thuộc thẩm quyền giải quyết được công khai tại nơi giải quyết TTHC theo quy định']]],
  ['002:119', '100% quy trình nội bộ giải quyết TTHC thuộc thẩm quyền của UBND huyện, UBND cấp xã được phê duyệt, công khai theo quy định', [['≥ 100%', 'quy trình nội bộ giải quyết TTHC thuộc thẩm quyền của UBND huyện, UBND cấp xã được phê duyệt, công khai theo quy định']]],
  // "Phân đầu" (slip for "Phấn đấu") and "bình quân tối thiểu đạt".
  ['002:121', 'Phân đầu tỷ lệ hồ sơ tiếp nhận được giải quyết đúng hạn, trước hạn bình quân tối thiểu đạt 100%', [['≥ 100%', 'tỷ lệ hồ sơ tiếp nhận được giải quyết đúng hạn, trước hạn']]],
  ['002:122', '100% hồ sơ giải quyết quá hạn phải có văn bản xin lỗi của Thủ trưởng cơ quan, đơn vị, địa phương đúng quy định.', [['≥ 100%', 'hồ sơ giải quyết quá hạn phải có văn bản xin lỗi của Thủ trưởng cơ quan, đơn vị, địa phương đúng quy định']]],
  ['002:125', '100% công chức chuyên môn của xã được phân công đúng chức năng,', [['≥ 100%', 'công chức chuyên môn của xã được phân công đúng chức năng']]],
  ['002:134', '100% vấn đề qua thanh tra, kiểm tra thực hiện phân cấp được khắc phục và thể hiện rõ trong báo cáo kết quả năm 2024', [['≥ 100%', 'vấn đề qua thanh tra, kiểm tra thực hiện phân cấp được khắc phục và thể hiện rõ trong báo cáo kết quả năm 2024']]],
  // "Phần đầu năm 2024": a year after a slip, no target.
  ['002:137', 'Phần đầu năm 2024, không có CBCC giữ chức vụ lãnh đạo, quản lý bị kỷ', []],
  ['002:142', 'Đảm bảo 100% cán bộ, công chức được đào tạo, bồi dưỡng khi cấp trên tổ chức', [['≥ 100%', 'cán bộ, công chức được đào tạo, bồi dưỡng khi cấp trên tổ chức']]],
  ['002:143', 'Thực hiện Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ, đồng thời tiếp tục thực hiện Chỉ thị số 15/2014/CT-UBND ngày 29/7/2014 của UBND tỉnh về việc tăng cường quản lý cán bộ, công chức xã, phường, thị trấn của tỉnh Thái Nguyên, trong đó chỉ đạo phê duyệt nhân sự bầu cử, tuyển dụng những người đủ tiêu chuẩn theo quy định vào đội ngũ cán bộ cấp xã, ưu tiên người có trình độ cao hơn và có kinh nghiệm trong hoạt động thực tiễn ở cơ sở để bầu cử giữ chức danh cán bộ cấp xã.', []],
  // "đạt tối thiểu từ 95% trở lên"; the dangling "của" is trimmed from the metric.
  ['002:149', 'Năm 2024, phấn đấu tỷ lệ giải ngân vốn đầu tư công của đạt tối thiểu từ 95% trở lên.', [['≥ 95%', 'tỷ lệ giải ngân vốn đầu tư công']]],
  ['002:152', 'Tối thiểu 90% số cơ sở nhà, đất được cấp có thẩm quyền phê duyệt phương án sắp xếp lại, xử lý nhà đất thực hiện đúng quy định tại Nghị định số 167/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định việc sắp xếp lại, xử lý tài sản công', [['≥ 90%', 'số cơ sở nhà, đất được cấp có thẩm quyền phê duyệt phương án sắp xếp lại, xử lý nhà đất thực hiện đúng quy định tại Nghị định số 167/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định việc sắp xếp lại, xử lý tài sản công']]],
  // "(17 hệ thống)" is a bare number inside the metric.
  ['002:160', 'Thực hiện kết nối đầy đủ 100% hệ thống có dữ liệu cung cấp dịch vụ chia sẻ dữ liệu trên NDXP (17 hệ thống) được đưa vào sử dụng chính thức', [['≥ 100%', 'Thực hiện kết nối đầy đủ hệ thống có dữ liệu cung cấp dịch vụ chia sẻ dữ liệu trên NDXP (17 hệ thống) được đưa vào sử dụng chính thức']]],
  // Cut by a page break after "có tỷ lệ xử lý"; the rest of the sentence is the next cell (002:166).
  ['002:162', '- 100% các phòng thuộc UBND cấp huyện có tỷ lệ xử lý văn bản, hồ sơ công việc đạt tối thiểu từ 70% trở lên. - 100% UBND cấp xã có tỷ lệ xử lý', [['≥ 100%', 'các phòng thuộc UBND cấp huyện'], ['≥ 70%', 'tỷ lệ xử lý văn bản, hồ sơ công việc'], ['≥ 100%', 'UBND cấp xã có tỷ lệ xử lý']]],
  ['002:166', 'văn bản, hồ sơ công việc đạt tối thiểu từ 50% trở lên.', [['≥ 50%', 'văn bản, hồ sơ công việc']]],
  ['002:167', '100% phòng, ban, ngành và tương đương, UBND huyện, cấp xã kết nối.', [['≥ 100%', 'phòng, ban, ngành và tương đương, UBND huyện, cấp xã kết nối']]],
  ['002:169', '100% hồ sơ, kết quả giải quyết được số hóa', [['≥ 100%', 'hồ sơ, kết quả giải quyết được số hóa']]],
  ['002:170', '100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình, tích hợp trên Cổng dịch vụ công quốc gia.', [['≥ 100%', 'dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình, tích hợp trên Cổng dịch vụ công quốc gia']]],
  ['002:171', 'Phần đầu tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 của huyện đạt tỷ lệ 90% trở lên. Trong đó: Tỷ lệ hồ sơ trực tuyến toàn trình = Tổng số hồ sơ được xử lý trực tuyến của các TTHC công bố thực hiện toàn trình/Tổng số hồ sơ tiếp nhận của các TTHC công bố thực hiện trực tuyến toàn trình (gồm cả hồ sơ xử lý trực tuyến và hồ', [['≥ 90%', 'tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 của huyện']]],
  // Three rates in one cell, each with its own metric.
  ['002:176', 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%; tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến đạt 70% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%.', [['≥ 100%', 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến'], ['≥ 70%', 'tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến'], ['≥ 30%', 'tỷ lệ hồ sơ thanh toán trực tuyến']]],
  ['002:177', '100% Dịch vụ công cung cấp toàn trình được tạo Efrom để người dân điền tự động', [['≥ 100%', 'Dịch vụ công cung cấp toàn trình được tạo Efrom để người dân điền tự động']]],
  ['002:188', '100% các cơ quan, đơn vị kịp thời giải quyết phản ánh, kiến nghị và công khai kết quả trả lời PAKN của cá nhân, tổ chức đúng quy định', [['≥ 100%', 'các cơ quan, đơn vị kịp thời giải quyết phản ánh, kiến nghị và công khai kết quả trả lời PAKN của cá nhân, tổ chức đúng quy định']]],
  ['002:187', 'Rút ngắn thời gian giải quyết TTHC; giảm thời gian đi lại và nâng cao sự hài lòng của tổ chức, cá nhân', []],
];

/** 003-markdown.txt, column 5 "Sản phẩm đầu ra/Kết quả đạt được". */
export const MARKDOWN_003: readonly SeedCell[] = [
  // The column-number row "1 | 2 | 3 …".
  ['003:376', '5', []],
  // "tỉ lệ %" with no number, list numbering "1.", "2.".
  ['003:378', '1. Quyết định của UBND huyện ban hành Kế hoạch CCHC; Kế hoạch tuyên truyền CCHC; Kế hoạch kiểm tra công tác CCHC hàng năm của huyện; 2. Báo cáo đánh giá mức độ thực hiện kế hoạch (đánh giá tỉ lệ % thực hiện).', []],
  ['003:379', '1. Báo cáo định kỳ về CCHC; 2. Báo cáo năm về kiểm tra, rà soát VBQPPL; 3. Báo cáo năm về', []],
  ['003:389', '<p>tình hình theo dõi thi hành pháp luật;</p> <p>4. Báo cáo năm về đào tạo, bồi dưỡng công chức, viên chức;</p> <p>5. Báo cáo định kỳ về kết quả ứng dụng CNTT.</p>', []],
  ['003:394', '1. Các văn bản phê duyệt triển khai các giải pháp mới trong thực hiện các nội dung CCHC; 2. Các văn bản công nhận sáng kiến của cơ quan có thẩm quyền (nếu có).', []],
  ['003:397', '1. Các văn bản triển khai của UBND huyện, Phòng Tư pháp; 2. Văn bản xử lý, kiến nghị xử lý kết quả TDTHPL theo thẩm quyền; 3. Báo cáo kết quả theo dõi thi hành', []],
  ['003:416', '1. TTHC được công khai đầy đủ, đúng quy định trên Cổng TTĐT của huyện; phải công khai đầy đủ TTHC thuộc thẩm quyền giải quyết của cấp huyện, xã; 2. TTHC được công khai đầy đủ, đúng quy định trên Trang TTĐT của UBND cấp xã', []],
  ['003:418', '100% TTHC được thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Tiếp nhận và trả kết quả', [['≥ 100%', 'TTHC được thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Tiếp nhận và trả kết quả']]],
  ['003:423', '100% hồ sơ TTHC do cơ quan, đơn vị huyện, UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn', [['≥ 100%', 'hồ sơ TTHC do cơ quan, đơn vị huyện, UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn']]],
  ['003:424', '100% hồ sơ TTHC do cơ quan, đơn vị huyện, UBND cấp xã thực hiện đầy đủ và đúng quy định về việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC', [['≥ 100%', 'hồ sơ TTHC do cơ quan, đơn vị huyện, UBND cấp xã thực hiện đầy đủ và đúng quy định về việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC']]],
  ['003:432', 'của cá nhân, tổ chức về TTHC theo quy định tại Nghị định số 20/2008/NĐ-CP, Nghị định số 63/2010/NĐ-CP và Nghị định số 92/2017/NĐ-CP được tổ chức thực hiện đầy đủ', []],
  ['003:458', '1. Các văn bản liên quan đến tổ chức kỳ tuyển dụng (kế hoạch, thông báo tuyển dụng, quyết định thành lập hội đồng, phê duyệt kết quả tuyển dụng...)', []],
  ['003:459', '1. Các quyết định bổ nhiệm; 2. Báo cáo đánh giá kết quả việc bổ nhiệm các vị trí lãnh đạo, quản lý trong năm.', []],
  ['003:462', '1. Quyết định của UBND huyện ban', []],
  ['003:466', '<p>hành Kế hoạch đào tạo, bồi dưỡng CB, CCVC hàng năm của huyện;</p> <p>2. Báo cáo đánh giá mức độ thực hiện kế hoạch (có so sánh % mức độ thực hiện so với kế hoạch đề ra).</p>', []],
  ['003:476', 'Quyết định Ban hành tiêu chuẩn, định mức sử dụng diện tích chuyên dùng theo quy định tại Nghị định số 152/2017/NĐ-CP của Chính phủ', []],
  ['003:477', '1. Các văn bản triển khai; 2. Thông báo kết luận kiểm tra', []],
  ['003:489', '100% văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử', [['≥ 100%', 'văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử']]],
  // The percentage is in the middle of the sentence.
  ['003:490', 'Kết nối liên thông từ huyện đến 100% cấp xã', [['≥ 100%', 'Kết nối liên thông từ huyện đến cấp xã']]],
  ['003:491', 'Hệ thống thông tin điện tử một cửa phải có đầu mối tập trung ở cấp tỉnh, kết nối liên thông tới cả 3 cấp chính quyền để theo dõi, cập nhật, thống kê, tổng hợp thông tin về tình hình, kết quả giải quyết hồ sơ', []],
  // "mức độ 3, 4" are levels, not targets.
  ['003:499', '1. Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm phải đạt từ 60% trở lên; 2. Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 phải đạt từ 40% trở lên; 3. Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4 phải đạt từ 30% trở lên.', [['≥ 60%', 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm'], ['≥ 40%', 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3'], ['≥ 30%', 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4']]],
  ['003:500', '1. Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận hoặc trả kết quả giải quyết', []],
  // Starts with the end of a sentence cut by a page break (003:500).
  ['003:504', 'qua dịch vụ BCCI phải đạt từ 50% trở lên; 2. Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI phải đạt từ 15% trở lên; 3. Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI phải đạt từ 15% trở lên.', [['≥ 50%', 'qua dịch vụ BCCI'], ['≥ 15%', 'Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI'], ['≥ 15%', 'Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI']]],
  ['003:435', 'Báo cáo thống kê về số lượng cấp phó của người đứng đầu tại phòng chuyên môn thuộc UBND huyện', []],
];

/** Task-title cells of the same tables that carry a number: a target stated in the title, or not. */
export const TITLE_CELLS: readonly SeedCell[] = [
  ['000:65', '100% cơ quan, đơn vị thuộc phạm vi quản lý thực hiện đúng quy định về quản lý, sử dụng tài sản công', [['≥ 100%', 'cơ quan, đơn vị thuộc phạm vi quản lý thực hiện đúng quy định về quản lý, sử dụng tài sản công']]],
  // "Giảm dần" / "tăng dần" without a number.
  ['000:68', 'Triển khai thực hiện cơ chế tự chủ của các đơn vị sự nghiệp công lập trên địa bàn tỉnh theo quy định tại Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', []],
  // "4 cấp chính quyền".
  ['000:76', 'Tỷ lệ gửi, nhận văn bản điện tử 4 cấp chính quyền', []],
  // The second half of a title cut by a page break ("… đảm | bảo hoàn thành 100% …").
  ['002:131', 'bảo hoàn thành 100% nhiệm vụ được giao', [['≥ 100%', 'bảo hoàn thành nhiệm vụ được giao']]],
  ['002:167', 'Tỷ lệ gửi, nhận văn bản điện tử 2 cấp chính quyền', []],
];
