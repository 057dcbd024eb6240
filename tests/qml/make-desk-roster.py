#!/usr/bin/python3
# The office's list of tst_deskparticipants.qml, written by a real spreadsheet writer
# (Debian's python3-openpyxl) at test time:  /usr/bin/python3 make-desk-roster.py OUT.xlsx ROWS
# Vietnamese headers and names with diacritics; one chair, one secretary, delegates.
import sys

from openpyxl import Workbook

out, rows = sys.argv[1], int(sys.argv[2])
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
middle = ["Văn", "Thị", "Đức", "Ngọc", "Thanh", "Hữu", "Quốc", "Minh"]
given = ["An", "Bình", "Cường", "Dũng", "Hằng", "Lộc", "Phương", "Quỳnh", "Thảo", "Yến", "Đạt"]
wb = Workbook()
ws = wb.active
ws.title = "Danh sách"
ws.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò", "Số cổ phần"])
for i in range(1, rows + 1):
    name = f"{family[i % 10]} {middle[i % 8]} {given[i % 11]} {i:03d}"
    role = "Chủ tọa" if i == 1 else "Thư ký" if i == 2 else "Đại biểu"
    ws.append([i, name, "Ủy viên Ban Chấp hành", f"Chi đoàn Sở Tư pháp số {i % 17 + 1}", role,
               100 + i])
wb.save(out)
